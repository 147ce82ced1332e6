-- revision: s09
-- migrate:upgrade
CREATE INDEX ix_big_name ON big_t (name);
-- migrate:downgrade
