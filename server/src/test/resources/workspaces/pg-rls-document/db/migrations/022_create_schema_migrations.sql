-- Migration: 022_create_schema_migrations
-- Description: Migration tracking table
-- Author: n.zaher
-- Date: 2026-01-06

CREATE TABLE IF NOT EXISTS schema_migrations (
    version VARCHAR(50) PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    applied_by VARCHAR(255),
    description TEXT
);

-- Record migration
INSERT INTO schema_migrations (version, applied_by, description)
VALUES ('023_add_policy_profiles', 'deploy_script', 'Add policy profiles table');

SELECT version, applied_at, description
FROM schema_migrations
ORDER BY version DESC
LIMIT 10;
