CREATE TABLE customer (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100),
    country_code CHAR(2),
    CONSTRAINT ux_customer_email UNIQUE (email),
    CONSTRAINT fk_customer_country FOREIGN KEY (country_code) REFERENCES country (code)
);
CREATE INDEX ix_customer_name ON customer (name);
