-- revision: s17
-- migrate:upgrade
ALTER TABLE big_t ADD COLUMN note VARCHAR(20), ALTER COLUMN amount SET NOT NULL;
-- migrate:downgrade
