-- revision: c18
-- migrate:upgrade
CREATE SEQUENCE s_order;
-- migrate:downgrade
