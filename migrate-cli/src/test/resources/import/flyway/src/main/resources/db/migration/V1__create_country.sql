-- Countries, with the seed rows every environment needs.
CREATE TABLE country (
    code CHAR(2) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO country (code, name) VALUES ('FR', 'France');
INSERT INTO country (code, name) VALUES ('${home_code}', '${home_name}');
