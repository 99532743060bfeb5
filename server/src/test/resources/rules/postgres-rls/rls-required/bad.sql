CREATE TABLE IF NOT EXISTS core.orders (
--                         ^^^^^^^^^^^ rls-required
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    total NUMERIC(12, 2) NOT NULL
);

-- Enabled but neither forced nor given a policy: the table's owner still sees every row.
CREATE TABLE core.invoices (id UUID PRIMARY KEY, tenant_id UUID NOT NULL);
--           ^^^^^^^^^^^^^ rls-required
ALTER TABLE core.invoices ENABLE ROW LEVEL SECURITY;

-- A table that becomes tenant-scoped.
ALTER TABLE core.payments ADD COLUMN tenant_id UUID REFERENCES core.tenants(id) ON DELETE CASCADE;
--                                   ^^^^^^^^^ rls-required
