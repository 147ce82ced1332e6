-- revision: c22
-- migrate:upgrade
ALTER TABLE big_t ALTER COLUMN amount DROP DEFAULT;
-- migrate:downgrade
