-- revision: c27
-- migrate:upgrade
ALTER TABLE big_t DROP CONSTRAINT IF EXISTS ck_amount;
-- migrate:downgrade
