-- revision: 10ad00000007
-- down_revision: 10ad00000006
-- message: load step 07
-- migrate:upgrade
CREATE TABLE load_07 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_07 (id, payload) VALUES (1, 'step 07');
-- migrate:downgrade
DROP TABLE load_07;
