-- Migration: 027_add_my_table_column_index
-- Description: Index without locking
-- Author: n.zaher
-- Date: 2026-01-11

-- Use CONCURRENTLY to avoid locking
CREATE INDEX CONCURRENTLY idx_my_table_column ON my_table(column);
