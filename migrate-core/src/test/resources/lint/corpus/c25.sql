-- revision: c25
-- migrate:upgrade
DROP VIEW IF EXISTS v_small;
-- migrate:downgrade
