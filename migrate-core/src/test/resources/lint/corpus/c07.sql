-- revision: c07
-- migrate:upgrade
DROP INDEX ix_whatever;
-- migrate:downgrade
