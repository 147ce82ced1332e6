-- revision: s06
-- migrate:upgrade
ALTER TABLE small_t ALTER COLUMN name SET NOT NULL;
-- migrate:downgrade
