-- revision: s23
-- migrate:upgrade
ALTER TABLE small_t ADD COLUMN seen TIMESTAMP DEFAULT clock_timestamp();
-- migrate:downgrade
