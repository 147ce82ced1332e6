-- revision: s02
-- migrate:upgrade
ALTER TABLE small_t ADD COLUMN seq BIGSERIAL;
-- migrate:downgrade
