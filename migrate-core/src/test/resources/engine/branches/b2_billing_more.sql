-- revision: b20000000000
-- down_revision: b10000000000
-- message: billing amount
-- migrate:upgrade
ALTER TABLE billing ADD amount INT;
INSERT INTO event_log (id, what) VALUES (2, 'b2');
-- migrate:downgrade
DELETE FROM event_log WHERE id = 2;
ALTER TABLE billing DROP COLUMN amount;
