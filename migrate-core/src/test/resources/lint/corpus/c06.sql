-- revision: c06
-- transactional: false
-- migrate:upgrade
CREATE INDEX CONCURRENTLY ix_big_name ON big_t (name);
-- migrate:downgrade
