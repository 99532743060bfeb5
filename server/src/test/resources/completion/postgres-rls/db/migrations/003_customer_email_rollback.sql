ALTER TABLE core.customers ADD COLUMN legacy_code VARCHAR(20);
ALTER TABLE core.customers DROP COLUMN email;
