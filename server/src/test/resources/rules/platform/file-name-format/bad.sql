-- path: _migrations/2026_2_50.sql
-- @1:1-1:1 file-name-format
-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
