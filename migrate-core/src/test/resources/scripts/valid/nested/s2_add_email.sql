-- revision: s2
-- down_revision: s1
-- message: add email
-- migrate:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(255);
-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;
