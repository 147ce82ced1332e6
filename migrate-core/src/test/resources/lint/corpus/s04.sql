-- revision: s04
-- migrate:upgrade
ALTER TABLE big_t MODIFY COLUMN amount BIGINT;
-- migrate:downgrade
