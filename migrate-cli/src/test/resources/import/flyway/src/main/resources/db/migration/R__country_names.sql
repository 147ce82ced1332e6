CREATE OR REPLACE VIEW country_names AS SELECT code, name FROM country;
