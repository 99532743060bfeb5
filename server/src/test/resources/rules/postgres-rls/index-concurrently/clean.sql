CREATE INDEX CONCURRENTLY idx_my_table_column ON my_table(column_a);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_customers_email ON core.customers (email);

-- A table this migration creates is empty: its indexes lock nothing.
CREATE TABLE IF NOT EXISTS core.policy_profiles (id UUID PRIMARY KEY, tenant_id UUID NOT NULL, pack_id VARCHAR(50));
CREATE INDEX idx_policy_profiles_tenant ON core.policy_profiles(tenant_id);
CREATE TABLE notes (id UUID PRIMARY KEY, body TEXT);
CREATE INDEX idx_notes_body ON public.notes (body);
