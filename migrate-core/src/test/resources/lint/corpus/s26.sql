-- revision: s26
-- migrate:upgrade
-- the FK is valid on PostgreSQL only with NOT VALID
ALTER TABLE big_t ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES small_t (id) NOT VALID;
-- migrate:downgrade
