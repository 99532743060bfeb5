-- Migration: 003_customer_email
-- Description: Customers get an email
-- Author: n.zaher
-- Date: 2026-01-07

ALTER TABLE core.customers ADD COLUMN email VARCHAR(255);
ALTER TABLE core.customers DROP COLUMN legacy_code;
