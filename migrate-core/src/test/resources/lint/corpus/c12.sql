-- revision: c12
-- migrate:upgrade
ALTER TABLE big_t ALTER COLUMN amount SET DEFAULT 0;
-- migrate:downgrade
