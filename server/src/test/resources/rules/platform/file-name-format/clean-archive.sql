-- path: _migrations/2025_and_older/2025_1_7_1.sql
-- The frozen archive gets no style diagnostics.
-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
