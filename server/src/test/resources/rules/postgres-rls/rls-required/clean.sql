CREATE TABLE IF NOT EXISTS core.policy_profiles (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id)
);

-- Add RLS (the statements may name the table in its other spelling or come in any order).
CREATE POLICY tenant_isolation ON core.policy_profiles
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));
ALTER TABLE ONLY core.policy_profiles ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;

CREATE TABLE notes (id UUID PRIMARY KEY, tenant_id UUID NOT NULL);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_by_tenant ON public.notes USING (tenant_id::text = current_setting('app.current_tenant_id', true));

-- Tables without tenant_id are tenant-id-column's business, not this rule's.
CREATE TABLE core.tenants_archive (id UUID PRIMARY KEY);
