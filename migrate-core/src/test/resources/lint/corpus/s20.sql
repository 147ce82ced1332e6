-- revision: s20
-- migrate:upgrade
ALTER TABLE big_t CHANGE COLUMN name title VARCHAR(50);
-- migrate:downgrade
