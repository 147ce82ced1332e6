-- revision: s07
-- migrate:upgrade
ALTER TABLE big_t ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES small_t (id);
-- migrate:downgrade
