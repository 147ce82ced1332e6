-- revision: 10ad00000001
-- down_revision: 10ad00000000
-- message: load step 01
-- migrate:upgrade
CREATE TABLE load_01 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_01 (id, payload) VALUES (1, 'step 01');
-- migrate:downgrade
DROP TABLE load_01;
