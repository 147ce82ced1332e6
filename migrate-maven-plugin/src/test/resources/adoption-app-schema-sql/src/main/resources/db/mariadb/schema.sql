DROP TABLE IF EXISTS owner_specialty;
DROP TABLE IF EXISTS specialty;
DROP TABLE IF EXISTS owner;
DROP SEQUENCE IF EXISTS owner_seq;

CREATE SEQUENCE owner_seq START WITH 51 INCREMENT BY 50;

CREATE TABLE owner (
  id            BIGINT NOT NULL PRIMARY KEY,
  active        bit NOT NULL,
  first_name    VARCHAR(30) NOT NULL,
  registered_at datetime(6) NOT NULL
);

CREATE TABLE specialty (
  id   INTEGER NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL
);

CREATE TABLE owner_specialty (
  owner_id       BIGINT NOT NULL,
  specialties_id INTEGER NOT NULL,
  PRIMARY KEY (owner_id, specialties_id),
  CONSTRAINT FKk4yuw67wxy2jptoy5jutqlavq FOREIGN KEY (owner_id) REFERENCES owner (id),
  CONSTRAINT FKp1ni6on7jy0l7w4u1w8bd1r2t FOREIGN KEY (specialties_id) REFERENCES specialty (id)
);
