-- revision: c26
-- migrate:upgrade
-- DROP TABLE big_t; in a comment is not a statement
SELECT 1;
-- migrate:downgrade
