-- revision: c19
-- migrate:upgrade
INSERT INTO small_t (id, name) VALUES (101, 'DROP TABLE big_t');
-- migrate:downgrade
