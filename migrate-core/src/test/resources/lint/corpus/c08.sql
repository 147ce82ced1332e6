-- revision: c08
-- migrate:upgrade
INSERT INTO small_t (id, name, amount) VALUES (100, 'x', 1);
-- migrate:downgrade
