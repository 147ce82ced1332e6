-- revision: s21
-- migrate:upgrade
ALTER TABLE elsewhere ALTER COLUMN x SET NOT NULL;
-- migrate:downgrade
