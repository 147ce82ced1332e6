-- revision: s14
-- migrate:upgrade
DROP TABLE small_t;
-- migrate:downgrade
