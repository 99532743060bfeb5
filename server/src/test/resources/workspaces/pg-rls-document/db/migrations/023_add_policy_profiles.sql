-- Migration: 023_add_policy_profiles
-- Description: Add policy profiles table for pack configuration
-- Author: n.zaher
-- Date: 2026-01-07

-- ====================
-- FORWARD MIGRATION
-- ====================

-- Create table
CREATE TABLE IF NOT EXISTS core.policy_profiles (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    pack_id VARCHAR(50) NOT NULL,
    name VARCHAR(100) NOT NULL,
    description TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    status VARCHAR(20) NOT NULL DEFAULT 'draft',
    config_json JSONB NOT NULL,
    config_hash VARCHAR(64) GENERATED ALWAYS AS (
        encode(sha256(config_json::text::bytea), 'hex')
    ) STORED,
    schema_version VARCHAR(20) NOT NULL DEFAULT '1.0',
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    created_by VARCHAR(255) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_by VARCHAR(255) NOT NULL,

    CONSTRAINT uq_policy_profile UNIQUE (tenant_id, pack_id, name, version)
);

-- Add RLS
ALTER TABLE core.policy_profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.policy_profiles FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON core.policy_profiles
    USING (tenant_id::text = current_setting('app.current_tenant_id', true));

-- Add indexes
CREATE INDEX idx_policy_profiles_tenant ON core.policy_profiles(tenant_id);
CREATE INDEX idx_policy_profiles_pack ON core.policy_profiles(pack_id);

-- ====================
-- ROLLBACK (save as 023_add_policy_profiles_rollback.sql)
-- ====================
-- DROP TABLE IF EXISTS core.policy_profiles CASCADE;
