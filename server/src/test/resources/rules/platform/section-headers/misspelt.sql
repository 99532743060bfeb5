   -- ====== Platform Migrations ======
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;

   -- ========== TENANT MIGRATION ==========
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
   -- Note: make sure app/tenant/tables.py is updated
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD ATTRIBUTION_SOURCE NVARCHAR(100) NULL;
