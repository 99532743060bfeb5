-- Migration: 001_create_tenants
-- Description: The tenant table every tenant-scoped table references
-- Author: n.zaher
-- Date: 2026-01-05

CREATE SCHEMA IF NOT EXISTS core;

CREATE TABLE IF NOT EXISTS core.tenants (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
