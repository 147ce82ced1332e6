-- revision: c23
-- migrate:upgrade
DELETE FROM small_t WHERE id > 50;
-- migrate:downgrade
