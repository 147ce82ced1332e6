-- revision: c02
-- migrate:upgrade
ALTER TABLE big_t ADD COLUMN note VARCHAR(20);
-- migrate:downgrade
