-- revision: ee0000000000
-- down_revision: b20000000000, s20000000000
-- message: merge billing and shipping
-- migrate:upgrade
INSERT INTO event_log (id, what) VALUES (5, 'merge');
-- migrate:downgrade
DELETE FROM event_log WHERE id = 5;
