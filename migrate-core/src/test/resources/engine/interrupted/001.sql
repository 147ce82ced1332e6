-- revision: 1e0000000001
-- message: first table
-- migrate:upgrade
CREATE TABLE first_table (id INT PRIMARY KEY);
-- migrate:downgrade
DROP TABLE first_table;
