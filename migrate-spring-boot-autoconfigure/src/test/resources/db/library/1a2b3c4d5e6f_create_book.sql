-- revision: 1a2b3c4d5e6f
-- down_revision:
-- message: create book
-- migrate:upgrade
CREATE TABLE book (
    id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    PRIMARY KEY (id)
);
-- migrate:downgrade
DROP TABLE book;
