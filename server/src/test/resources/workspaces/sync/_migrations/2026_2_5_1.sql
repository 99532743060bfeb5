-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
DROP INDEX IF EXISTS IDX_REBATE_CONTRACT_TENANT_APP_ID ON {schema_name}.[REBATE_CONTRACT];
--                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tables-py-sync
