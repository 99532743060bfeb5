-- path: scripts/adhoc/fix_health_plan.sql
-- Not a migration: files outside _migrations/ are not named by the runner's scheme.
-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
