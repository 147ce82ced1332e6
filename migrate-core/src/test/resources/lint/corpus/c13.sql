-- revision: c13
-- migrate:upgrade
ALTER TABLE big_t DROP CONSTRAINT fk_owner;
-- migrate:downgrade
