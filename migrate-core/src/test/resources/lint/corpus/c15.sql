-- revision: c15
-- migrate:upgrade
CREATE TABLE child (id INT PRIMARY KEY, small_id INT NOT NULL REFERENCES small_t (id), qty INT CHECK (qty > 0), code VARCHAR(10) UNIQUE);
-- migrate:downgrade
