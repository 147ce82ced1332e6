-- revision: s12
-- migrate:upgrade
ALTER TABLE small_t RENAME TO tiny_t;
-- migrate:downgrade
