-- revision: f2000000000f
-- down_revision: f1000000000f
-- message: half good
-- migrate:upgrade
CREATE TABLE half (id INT PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);
-- migrate:downgrade
DROP TABLE half;
