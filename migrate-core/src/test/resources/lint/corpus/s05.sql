-- revision: s05
-- migrate:upgrade
ALTER TABLE big_t ALTER COLUMN name SET NOT NULL;
-- migrate:downgrade
