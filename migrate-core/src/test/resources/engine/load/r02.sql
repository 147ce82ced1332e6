-- revision: 10ad00000002
-- down_revision: 10ad00000001
-- message: load step 02
-- migrate:upgrade
CREATE TABLE load_02 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_02 (id, payload) VALUES (1, 'step 02');
-- migrate:downgrade
DROP TABLE load_02;
