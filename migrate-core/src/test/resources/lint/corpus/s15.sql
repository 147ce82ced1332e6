-- revision: s15
-- migrate:upgrade
ALTER TABLE big_t DROP COLUMN name;
-- migrate:downgrade
