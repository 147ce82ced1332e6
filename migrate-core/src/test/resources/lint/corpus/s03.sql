-- revision: s03
-- migrate:upgrade
ALTER TABLE big_t ALTER COLUMN amount TYPE BIGINT;
-- migrate:downgrade
