-- revision: f1000000000f
-- message: good one
-- migrate:upgrade
CREATE TABLE good (id INT PRIMARY KEY);
-- migrate:downgrade
DROP TABLE good;
