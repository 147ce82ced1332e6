-- revision: 10ad00000005
-- down_revision: 10ad00000004
-- message: load step 05
-- migrate:upgrade
CREATE TABLE load_05 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_05 (id, payload) VALUES (1, 'step 05');
-- migrate:downgrade
DROP TABLE load_05;
