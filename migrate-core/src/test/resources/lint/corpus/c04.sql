-- revision: c04
-- migrate:upgrade
ALTER TABLE big_t ADD COLUMN created TIMESTAMP DEFAULT CURRENT_TIMESTAMP;
-- migrate:downgrade
