-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- @5:5-5:6 syntax-error
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PLAN_CODE NVARCHAR(50) NULL;
    /* PLAN_CODE replaces the legacy LEGACY_CODE column, dropped in the next migration
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PLAN_TIER NVARCHAR(50) NULL;
