-- path: db/migrations/add_policy_profiles.sql
-- @1:1-1:1 file-name-format
COMMENT ON SCHEMA core IS 'Core tables';
