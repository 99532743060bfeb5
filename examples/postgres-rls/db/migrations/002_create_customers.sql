-- Migration: 002_create_customers
-- Description: Customers of a tenant
-- Author: n.zaher
-- Date: 2026-01-06

CREATE TABLE IF NOT EXISTS core.customers (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    name VARCHAR(100) NOT NULL,
    legacy_code VARCHAR(20),
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

-- Add RLS
ALTER TABLE core.customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.customers FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON core.customers
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));

-- Add indexes
CREATE INDEX idx_customers_tenant ON core.customers(tenant_id);
