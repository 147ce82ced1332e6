-- revision: s20000000000
-- down_revision: s10000000000
-- depends_on: billing
-- message: shipping references billing
-- migrate:upgrade
CREATE TABLE shipment_billing (shipment_id INT REFERENCES shipment (id), billing_id INT REFERENCES billing (id));
INSERT INTO event_log (id, what) VALUES (4, 's2');
-- migrate:downgrade
DELETE FROM event_log WHERE id = 4;
DROP TABLE shipment_billing;
