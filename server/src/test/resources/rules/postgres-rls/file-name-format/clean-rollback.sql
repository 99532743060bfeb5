-- path: db/migrations/023_add_policy_profiles_rollback.sql
DROP TABLE IF EXISTS core.policy_profiles CASCADE;
