-- revision: s27
-- migrate:upgrade
ALTER TABLE small_t ADD CONSTRAINT ck_name CHECK (name <> '') NOT VALID;
-- migrate:downgrade
