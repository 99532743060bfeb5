-- Migration: 004_create_orders
-- @1:1-1:32 rollback-script
-- @1:1-1:1 sequence-gap
-- Description: Orders of a customer
-- Author: n.zaher
-- Date: 2026-01-08

CREATE TABLE IF NOT EXISTS core.orders (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    customer_id UUID NOT NULL REFERENCES core.customers(id) ON DELETE CASCADE,
    total NUMERIC(12, 2) NOT NULL
);

ALTER TABLE core.orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.orders FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON core.orders
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));

CREATE INDEX idx_orders_customer ON core.orders(customer_id);
CREATE INDEX CONCURRENTLY idx_customers_name ON core.customers(name);
