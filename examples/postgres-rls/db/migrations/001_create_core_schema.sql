-- Migration: 001_create_core_schema
-- Description: The core schema, the tenant table and the global signature dedup table
-- Author: n.zaher
-- Date: 2026-01-05

CREATE SCHEMA IF NOT EXISTS core;

-- Not tenant-scoped: the tenant table itself.
CREATE TABLE IF NOT EXISTS core.tenants (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

-- Not tenant-scoped: global dedup.
CREATE TABLE IF NOT EXISTS core.used_signatures (
    signature VARCHAR(128) PRIMARY KEY,
    used_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
