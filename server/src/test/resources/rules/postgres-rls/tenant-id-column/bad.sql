CREATE TABLE IF NOT EXISTS core.pack_settings (
--                         ^^^^^^^^^^^^^^^^^^ tenant-id-column
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    pack_id VARCHAR(50) NOT NULL
);

-- Unqualified names are in public, which is tenant-scoped too by default.
CREATE TABLE audit_events (id BIGSERIAL PRIMARY KEY, payload JSONB NOT NULL);
--           ^^^^^^^^^^^^ tenant-id-column

-- A schema the document creates for a pack.
CREATE TABLE routing.stops (id UUID PRIMARY KEY, label TEXT);
--           ^^^^^^^^^^^^^ tenant-id-column

-- Another column that merely mentions the tenant does not count.
CREATE TABLE core.tenant_notes (id UUID PRIMARY KEY, tenant UUID NOT NULL);
--           ^^^^^^^^^^^^^^^^^ tenant-id-column
