-- revision: c10
-- migrate:upgrade
CREATE VIEW v_small AS SELECT id, name FROM small_t;
-- migrate:downgrade
