-- revision: s16
-- migrate:upgrade
ALTER TABLE small_t ADD CONSTRAINT uq_name UNIQUE (name);
-- migrate:downgrade
