-- revision: 0a0000000000
-- message: base
-- migrate:upgrade
CREATE TABLE event_log (id INT PRIMARY KEY, what VARCHAR(50));
-- migrate:downgrade
DROP TABLE event_log;
