-- Tenant header present, but the platform statement above it has none.
-- ========== PLATFORM MIGRATIONS ==========
   ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD ATTRIBUTION_SOURCE NVARCHAR(100) NULL;
