-- revision: s25
-- migrate:upgrade
ALTER TABLE small_t MODIFY name VARCHAR(50) NOT NULL;
-- migrate:downgrade
