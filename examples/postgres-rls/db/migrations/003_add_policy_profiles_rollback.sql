DROP TABLE IF EXISTS core.policy_profiles CASCADE;
