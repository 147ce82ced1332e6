-- revision: c01
-- migrate:upgrade
CREATE TABLE fresh (id INT PRIMARY KEY, name VARCHAR(20));
CREATE INDEX ix_fresh ON fresh (name);
-- migrate:downgrade
