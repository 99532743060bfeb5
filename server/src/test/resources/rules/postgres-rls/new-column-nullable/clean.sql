-- Add nullable column first
ALTER TABLE my_table ADD COLUMN new_column VARCHAR(100);

-- Backfill if needed
UPDATE my_table SET new_column = 'default_value' WHERE new_column IS NULL;

-- Then add NOT NULL if required
ALTER TABLE my_table ALTER COLUMN new_column SET NOT NULL;

-- Existing rows get a value from the database.
ALTER TABLE my_table ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'draft';
ALTER TABLE my_table ADD COLUMN seq BIGSERIAL NOT NULL;
ALTER TABLE my_table ADD COLUMN row_no BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY;
ALTER TABLE my_table ADD COLUMN body_hash VARCHAR(64) NOT NULL GENERATED ALWAYS AS (md5(body)) STORED;

-- A table this migration creates has no rows.
CREATE TABLE core.fresh (id UUID PRIMARY KEY);
ALTER TABLE core.fresh ADD COLUMN name TEXT NOT NULL;
