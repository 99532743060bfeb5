CREATE INDEX CONCURRENTLY idx_customers_name ON core.customers(name);
-- @1:1-1:70 migration-header
