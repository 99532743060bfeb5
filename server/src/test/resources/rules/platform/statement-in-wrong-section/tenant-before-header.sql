   ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section
-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE INDEX IDX_HEALTH_PLAN_TENANT_APP_ID ON {schema_name}.[HEALTH_PLAN](TENANT_APP_ID);
