-- revision: c05
-- migrate:upgrade
ALTER TABLE big_t VALIDATE CONSTRAINT fk_owner;
-- migrate:downgrade
