-- path: db/migrations/23_AddPolicyProfiles.sql
-- @1:1-1:1 file-name-format
COMMENT ON SCHEMA core IS 'Core tables';
