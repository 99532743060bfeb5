-- Migration: 003_add_example
--            ^^^^^^^^^^^^^^^^^^^^ migration-header
-- Description: Copied from the previous migration
-- Author: n.zaher
-- Date: 2026-01-07

CREATE INDEX CONCURRENTLY idx_customers_name ON core.customers(name);
