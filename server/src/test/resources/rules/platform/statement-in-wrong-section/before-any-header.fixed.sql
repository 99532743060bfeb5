-- Statements above the first header belong to no section.
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section
   EXEC sp_refreshview 'PLATFORM.V_ACTIVE_USERS';
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section

-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
   UPDATE {schema_name}.[HEALTH_PLAN] SET STATUS = 'Active' WHERE STATUS IS NULL;
