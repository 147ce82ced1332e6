-- revision: 10ad00000004
-- down_revision: 10ad00000003
-- message: load step 04
-- migrate:upgrade
CREATE TABLE load_04 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_04 (id, payload) VALUES (1, 'step 04');
-- migrate:downgrade
DROP TABLE load_04;
