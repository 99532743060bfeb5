CREATE TABLE IF NOT EXISTS core.orders (
--                         ^^^^^^^^^^^ rls-required
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    total NUMERIC(12, 2) NOT NULL
);

-- Add RLS
ALTER TABLE core.orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.orders FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON core.orders
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));

-- Enabled but neither forced nor given a policy: the table's owner still sees every row.
CREATE TABLE core.invoices (id UUID PRIMARY KEY, tenant_id UUID NOT NULL);

-- Add RLS
ALTER TABLE core.invoices FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON core.invoices
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));
--           ^^^^^^^^^^^^^ rls-required
ALTER TABLE core.invoices ENABLE ROW LEVEL SECURITY;

-- A table that becomes tenant-scoped.
ALTER TABLE core.payments ADD COLUMN tenant_id UUID REFERENCES core.tenants(id) ON DELETE CASCADE;

-- Add RLS
ALTER TABLE core.payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.payments FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON core.payments
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));
--                                   ^^^^^^^^^ rls-required
