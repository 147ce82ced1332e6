-- revision: c11
-- migrate:upgrade
ALTER TABLE big_t ALTER COLUMN name DROP NOT NULL;
-- migrate:downgrade
