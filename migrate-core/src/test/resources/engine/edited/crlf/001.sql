-- revision: a1000000000a
-- down_revision:
-- message: create account
-- migrate:upgrade
CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- migrate:downgrade
DROP TABLE account;
