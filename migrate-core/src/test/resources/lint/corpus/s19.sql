-- revision: s19
-- lint: ignore=create-index reason=runs in the maintenance window
-- migrate:upgrade
CREATE INDEX ix_big_owner ON big_t (owner_id);
-- migrate:downgrade
