-- revision: c0000000002c
-- down_revision: c0000000001c
-- transactional: false
-- message: index concurrently
-- migrate:upgrade
CREATE INDEX CONCURRENTLY big_code_idx ON big (code);
-- migrate:downgrade
DROP INDEX CONCURRENTLY big_code_idx;
