-- revision: c16
-- migrate:upgrade
ALTER TABLE big_t ADD CONSTRAINT uq_big_name UNIQUE USING INDEX ix_big_name;
-- migrate:downgrade
