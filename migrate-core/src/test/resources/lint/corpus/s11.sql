-- revision: s11
-- migrate:upgrade
ALTER TABLE small_t RENAME COLUMN name TO full_name;
-- migrate:downgrade
