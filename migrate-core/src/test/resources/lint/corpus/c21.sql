-- revision: c21
-- migrate:upgrade
ALTER TABLE big_t RENAME CONSTRAINT fk_owner TO fk_big_owner;
-- migrate:downgrade
