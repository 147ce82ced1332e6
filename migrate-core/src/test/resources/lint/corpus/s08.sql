-- revision: s08
-- migrate:upgrade
ALTER TABLE small_t ADD CONSTRAINT ck_amount CHECK (amount >= 0);
-- migrate:downgrade
