-- path: db/migrations/024-add-tenant-sites-fk.sql
-- @1:1-1:1 file-name-format
COMMENT ON SCHEMA core IS 'Core tables';
