-- revision: c09
-- migrate:upgrade
UPDATE big_t SET amount = 0 WHERE amount IS NULL;
-- migrate:downgrade
