-- path: db/migrations/023_add_policy_profiles.sql
COMMENT ON SCHEMA core IS 'Core tables';
