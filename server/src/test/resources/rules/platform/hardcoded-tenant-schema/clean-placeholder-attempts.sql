-- Misspelt placeholders are placeholder-syntax's findings, not a hard-coded schema.
-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schemaname}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
ALTER TABLE [schema_name].[HEALTH_PLAN] ADD PAYER_NAME NVARCHAR(255) NULL;
ALTER TABLE $schema_name.[HEALTH_PLAN] ADD PAYER_ID INT NULL;
