-- revision: 10ad00000008
-- down_revision: 10ad00000007
-- message: load step 08
-- migrate:upgrade
CREATE TABLE load_08 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_08 (id, payload) VALUES (1, 'step 08');
-- migrate:downgrade
DROP TABLE load_08;
