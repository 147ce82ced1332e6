-- revision: c0000000001c
-- message: create big table
-- migrate:upgrade
CREATE TABLE big (id INT PRIMARY KEY, code VARCHAR(20));
-- migrate:downgrade
DROP TABLE big;
