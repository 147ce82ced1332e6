-- revision: b2000000000b
-- down_revision: a1000000000a
-- message: add email to account
-- migrate:upgrade
ALTER TABLE account ADD email VARCHAR(100);
INSERT INTO account (id, name, email) VALUES (1, 'it''s; not a delimiter', 'a@example.com');
-- migrate:downgrade
DELETE FROM account WHERE id = 1;
ALTER TABLE account DROP COLUMN email;
