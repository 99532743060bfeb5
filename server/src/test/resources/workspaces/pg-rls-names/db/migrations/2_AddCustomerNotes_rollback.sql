ALTER TABLE core.tenants DROP COLUMN IF EXISTS note;
-- @1:1-1:1 file-name-format
