-- revision: 10ad00000006
-- down_revision: 10ad00000005
-- message: load step 06
-- migrate:upgrade
CREATE TABLE load_06 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_06 (id, payload) VALUES (1, 'step 06');
-- migrate:downgrade
DROP TABLE load_06;
