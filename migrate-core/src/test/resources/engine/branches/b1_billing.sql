-- revision: b10000000000
-- down_revision: 0a0000000000
-- branch_labels: billing
-- message: billing table
-- migrate:upgrade
CREATE TABLE billing (id INT PRIMARY KEY);
INSERT INTO event_log (id, what) VALUES (1, 'b1');
-- migrate:downgrade
DELETE FROM event_log WHERE id = 1;
DROP TABLE billing;
