-- Migration: 005_add_orders
-- Description: Orders and their notes; customers get an email
-- Date: 2026-01-09

CREATE TABLE IF NOT EXISTS core.orders (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    customer_id UUID NOT NULL REFERENCES core.customers(id),
    total NUMERIC(12, 2) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

ALTER TABLE core.orders ENABLE ROW LEVEL SECURITY;

CREATE TABLE IF NOT EXISTS core.order_notes (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id UUID NOT NULL REFERENCES core.orders(id) ON DELETE CASCADE,
    body TEXT NOT NULL
);

CREATE INDEX idx_orders_customer ON core.orders(customer_id);
CREATE INDEX idx_customers_name ON core.customers(name);

ALTER TABLE core.customers ADD COLUMN email VARCHAR(255) NOT NULL;
ALTER TABLE core.customers DROP COLUMN legacy_code;
