CREATE TABLE IF NOT EXISTS core.policy_profiles (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    -- The document's own tenant reference keeps the default.
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    pack_id UUID REFERENCES core.packs(id) ON DELETE SET NULL,
    owner_id UUID NOT NULL REFERENCES core.users(id) ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT fk_site FOREIGN KEY (site_id) REFERENCES core.sites(id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED
);

ALTER TABLE child_table
    ADD CONSTRAINT fk_child_parent
    FOREIGN KEY (parent_id)
    REFERENCES parent_table(id)
    ON DELETE CASCADE;
