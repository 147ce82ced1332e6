-- revision: s13
-- migrate:upgrade
RENAME TABLE small_t TO tiny_t;
-- migrate:downgrade
