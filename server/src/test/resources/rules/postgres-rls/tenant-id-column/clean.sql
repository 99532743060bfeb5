-- The exceptions the document lists.
CREATE TABLE IF NOT EXISTS core.tenants (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), name VARCHAR(100) NOT NULL);
CREATE TABLE IF NOT EXISTS core.used_signatures (signature VARCHAR(128) PRIMARY KEY);
CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(50) PRIMARY KEY);
CREATE TABLE IF NOT EXISTS public.schema_migrations (version VARCHAR(50) PRIMARY KEY);

-- Tenant-scoped, with its RLS block.
CREATE TABLE IF NOT EXISTS core.policy_profiles (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    TENANT_ID UUID NOT NULL REFERENCES core.tenants(id)
);

-- Temporary tables, system catalogs and tables copied from a query are not tenant tables to declare.
CREATE TEMP TABLE staging (id UUID);
CREATE TABLE core.policy_copy AS SELECT * FROM core.policy_profiles;
CREATE TABLE core.policy_profiles_2026 PARTITION OF core.policy_profiles FOR VALUES IN ('2026');
