-- path: _migrations/2026_2_50_2.sql
-- Revision 2 of SEQ 50, multi-digit parts are fine too.
-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
