-- revision: s24
-- migrate:upgrade
DROP TABLE IF EXISTS small_t, big_t;
-- migrate:downgrade
