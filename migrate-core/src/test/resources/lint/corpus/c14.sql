-- revision: c14
-- migrate:upgrade
COMMENT ON TABLE big_t IS 'orders of the shop';
-- migrate:downgrade
