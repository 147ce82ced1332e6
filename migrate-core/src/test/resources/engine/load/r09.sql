-- revision: 10ad00000009
-- down_revision: 10ad00000008
-- message: load step 09
-- migrate:upgrade
CREATE TABLE load_09 (id INT PRIMARY KEY, payload VARCHAR(100));
INSERT INTO load_09 (id, payload) VALUES (1, 'step 09');
-- migrate:downgrade
DROP TABLE load_09;
