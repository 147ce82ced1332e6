-- revision: s22
-- migrate:upgrade
ALTER TABLE "big_t" ALTER COLUMN "name" TYPE TEXT;
-- migrate:downgrade
