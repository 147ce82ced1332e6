-- revision: ls01
-- migrate:upgrade
ALTER TABLE person ALTER COLUMN name SET NOT NULL;
-- migrate:downgrade
ALTER TABLE person ALTER COLUMN name DROP NOT NULL;
