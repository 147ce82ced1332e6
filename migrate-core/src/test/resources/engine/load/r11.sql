-- revision: 10ad00000011
-- down_revision: 10ad00000010
-- message: load step 11
-- migrate:upgrade
CREATE TABLE load_11 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_11 (id, payload) VALUES (1, 'step 11');
-- migrate:downgrade
DROP TABLE load_11;
