INSERT INTO owner (id, active, first_name, registered_at) VALUES (1, TRUE, 'George', TIMESTAMP '2024-01-02 10:00:00');
INSERT INTO owner (id, active, first_name, registered_at) VALUES (2, FALSE, 'Betty', TIMESTAMP '2024-03-04 11:30:00');
INSERT INTO specialty (id, name) VALUES (1, 'radiology');
INSERT INTO specialty (id, name) VALUES (2, 'surgery');
INSERT INTO owner_specialty (owner_id, specialties_id) VALUES (1, 2);
