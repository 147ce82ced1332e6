-- revision: 10ad00000003
-- down_revision: 10ad00000002
-- message: load step 03
-- migrate:upgrade
CREATE TABLE load_03 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_03 (id, payload) VALUES (1, 'step 03');
-- migrate:downgrade
DROP TABLE load_03;
