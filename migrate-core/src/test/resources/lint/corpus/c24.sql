-- revision: c24
-- migrate:upgrade
CREATE TABLE IF NOT EXISTS fresh3 (x INT);
CREATE UNIQUE INDEX ix_fresh3 ON fresh3 (x);
-- migrate:downgrade
