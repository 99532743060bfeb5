   -- ========== PLATFORM MIGRATIONS ==========
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;

   -- ========== TENANT MIGRATIONS ==========
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
   -- NOTE: Make sure app/tenant/tables.py is in sync
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD ATTRIBUTION_SOURCE NVARCHAR(100) NULL;
