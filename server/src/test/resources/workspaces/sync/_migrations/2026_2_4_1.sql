-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
DROP TABLE IF EXISTS {schema_name}.[PAYMENT_IMPORT];

DROP INDEX IF EXISTS IDX_REBATE_CONTRACT_NAME ON {schema_name}.[REBATE_CONTRACT];

IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'TENANT_APP_ID')
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN TENANT_APP_ID;
--                                                  ^^^^^^^^^^^^^ tables-py-sync
