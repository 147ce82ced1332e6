INSERT INTO customer (id, email, name, country_code) VALUES (1, 'ann@example.com', 'Ann', 'FR')
