-- revision: c20
-- migrate:upgrade
ALTER TABLE big_t ADD INDEX ix_b (amount);
-- migrate:downgrade
