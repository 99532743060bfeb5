-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;
   IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
   ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
