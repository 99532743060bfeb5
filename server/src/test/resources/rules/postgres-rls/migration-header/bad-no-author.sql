-- Migration: 003_add_example
-- @1:1-1:30 migration-header
-- Description: Index customers by name
-- Date: 2026-01-07

CREATE INDEX CONCURRENTLY idx_customers_name ON core.customers(name);
