-- revision: c3000000000c
-- down_revision: b2000000000b
-- message: create invoice
-- migrate:upgrade
CREATE TABLE invoice (id INT PRIMARY KEY, account_id INT NOT NULL REFERENCES account (id));
-- migrate:downgrade
DROP TABLE invoice;
