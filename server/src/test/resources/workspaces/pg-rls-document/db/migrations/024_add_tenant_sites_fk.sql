-- Migration: 024_add_tenant_sites_fk
-- Description: Children go with their parent
-- Author: n.zaher
-- Date: 2026-01-08

-- With proper ON DELETE
ALTER TABLE child_table
    ADD CONSTRAINT fk_child_parent
    FOREIGN KEY (parent_id)
    REFERENCES parent_table(id)
    ON DELETE CASCADE;
