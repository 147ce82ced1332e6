-- revision: c03
-- migrate:upgrade
ALTER TABLE big_t ADD COLUMN flag INT DEFAULT 0 NOT NULL;
-- migrate:downgrade
