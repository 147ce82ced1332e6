-- revision: 2b3c4d5e6f7a
-- down_revision: 1a2b3c4d5e6f
-- message: add author to book
-- migrate:upgrade
ALTER TABLE book ADD COLUMN author VARCHAR(100);
-- migrate:downgrade
ALTER TABLE book DROP COLUMN author;
