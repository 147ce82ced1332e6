--liquibase formatted sql

--changeset erin:10 context:prod labels:billing
--comment: orders
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    total DECIMAL(10, 2) DEFAULT 0 NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
--rollback DROP TABLE orders;

--changeset erin:11
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM orders
CREATE VIEW country_names AS SELECT code, name FROM country;
--rollback DROP VIEW country_names;
