-- revision: m1
-- migrate:upgrade
CREATE TABLE t (id INT);
