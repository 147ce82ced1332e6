-- revision: s1
-- message: create users
-- create_date: 2026-11-26 00:00:00
-- migrate:upgrade
CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100));
INSERT INTO users VALUES (1, 'semi;colon');
-- migrate:downgrade
DROP TABLE users;
