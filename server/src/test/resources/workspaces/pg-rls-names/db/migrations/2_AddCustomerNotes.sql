-- Migration: 2_AddCustomerNotes
-- @1:1-1:1 file-name-format
-- Description: Notes on tenants
-- Author: n.zaher
-- Date: 2026-01-07

ALTER TABLE core.tenants ADD COLUMN note TEXT;
