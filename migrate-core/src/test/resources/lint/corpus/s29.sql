-- revision: s29
-- migrate:upgrade
ALTER TABLE big_t ADD CONSTRAINT ck_big_t_name_not_null CHECK (name IS NOT NULL) NOT VALID;
ALTER TABLE big_t VALIDATE CONSTRAINT ck_big_t_name_not_null;
ALTER TABLE big_t ALTER COLUMN name SET NOT NULL;
ALTER TABLE big_t DROP CONSTRAINT ck_big_t_name_not_null;
-- migrate:downgrade
