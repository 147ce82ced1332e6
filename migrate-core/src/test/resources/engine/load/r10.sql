-- revision: 10ad00000010
-- down_revision: 10ad00000009
-- message: load step 10
-- migrate:upgrade
CREATE TABLE load_10 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_10 (id, payload) VALUES (1, 'step 10');
-- migrate:downgrade
DROP TABLE load_10;
