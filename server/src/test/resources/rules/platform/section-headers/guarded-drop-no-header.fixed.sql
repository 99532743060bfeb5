-- Only a guarded drop: IF EXISTS (...) ALTER TABLE ... DROP COLUMN is still a tenant statement.
-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
   IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
   ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
