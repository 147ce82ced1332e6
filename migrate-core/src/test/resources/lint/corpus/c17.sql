-- revision: c17
-- migrate:upgrade
CREATE TABLE fresh2 (id INT);
ALTER TABLE fresh2 ALTER COLUMN id SET NOT NULL;
ALTER TABLE fresh2 ADD CONSTRAINT fk_fresh2 FOREIGN KEY (id) REFERENCES small_t (id);
ALTER TABLE fresh2 RENAME COLUMN id TO small_id;
-- migrate:downgrade
