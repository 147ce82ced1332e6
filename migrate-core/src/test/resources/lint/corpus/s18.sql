-- revision: s18
-- lint: ignore=drop-column reason=the column is unused since release 2.3
-- migrate:upgrade
ALTER TABLE small_t DROP COLUMN amount;
-- migrate:downgrade
