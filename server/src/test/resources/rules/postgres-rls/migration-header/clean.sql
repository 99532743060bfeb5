-- Migration: 003_add_example
-- Description: Index customers by name for the search page
-- Author: n.zaher
-- Date: 2026-01-07

-- ====================
-- FORWARD MIGRATION
-- ====================
CREATE INDEX CONCURRENTLY idx_customers_name ON core.customers(name);
