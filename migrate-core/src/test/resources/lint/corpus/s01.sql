-- revision: s01
-- migrate:upgrade
ALTER TABLE big_t ADD COLUMN token UUID DEFAULT gen_random_uuid();
-- migrate:downgrade
