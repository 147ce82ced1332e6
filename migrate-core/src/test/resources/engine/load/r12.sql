-- revision: 10ad00000012
-- down_revision: 10ad00000011
-- message: load step 12
-- migrate:upgrade
CREATE TABLE load_12 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_12 (id, payload) VALUES (1, 'step 12');
-- migrate:downgrade
DROP TABLE load_12;
