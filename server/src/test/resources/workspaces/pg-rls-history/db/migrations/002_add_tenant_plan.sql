-- @1:1-1:1 sequence-duplicate
-- Migration: 002_add_tenant_plan
-- Description: The plan a tenant is on, picked on another branch with the same number
-- Author: a.kim
-- Date: 2026-01-06

ALTER TABLE core.tenants ADD COLUMN plan VARCHAR(20) NOT NULL DEFAULT 'basic';
