-- revision: s10
-- migrate:upgrade
CREATE INDEX CONCURRENTLY ix_big_amount ON big_t (amount);
-- migrate:downgrade
