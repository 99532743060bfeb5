-- Migration: 026_add_my_table_new_column
-- Description: Add a column the safe way
-- Author: n.zaher
-- Date: 2026-01-10

-- Add nullable column first
ALTER TABLE my_table ADD COLUMN new_column VARCHAR(100);

-- Backfill if needed
UPDATE my_table SET new_column = 'default_value' WHERE new_column IS NULL;

-- Then add NOT NULL if required
ALTER TABLE my_table ALTER COLUMN new_column SET NOT NULL;
