-- Migration: 028_enable_my_table_rls
-- Description: Every tenant-scoped table must have RLS
-- Author: n.zaher
-- Date: 2026-01-12

-- 1. Enable RLS
ALTER TABLE my_table ENABLE ROW LEVEL SECURITY;
ALTER TABLE my_table FORCE ROW LEVEL SECURITY;

-- 2. Create policy
CREATE POLICY tenant_isolation ON my_table
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));
