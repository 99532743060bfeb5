CREATE INDEX CONCURRENTLY idx_customers_name ON core.customers(name);
-- @1:1-1:50 index-concurrently
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_customers_email ON core.customers USING btree (lower(email));
-- @3:1-3:71 index-concurrently
