-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- the document's two patterns
DROP INDEX IF EXISTS IDX_REBATE_CONTRACT_STATUS ON {schema_name}.[REBATE_CONTRACT];
DROP TABLE IF EXISTS {schema_name}.[REBATE_CONTRACT_ARCHIVE];
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
-- a guarded BEGIN ... END block
IF EXISTS (SELECT 1 FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.VBC_PARTICIPANT') AND name = 'OLD_SCORE')
BEGIN
    ALTER TABLE {schema_name}.[VBC_PARTICIPANT] DROP COLUMN OLD_SCORE;
END
-- T-SQL 2016+ inline guard
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN IF EXISTS PLAN_TYPE;
-- other existence guards
IF EXISTS (SELECT * FROM sys.indexes WHERE name = 'IDX_HEALTH_PLAN_NAME' AND object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN'))
    DROP INDEX IDX_HEALTH_PLAN_NAME ON {schema_name}.[HEALTH_PLAN];
IF OBJECT_ID('{schema_name}.REBATE_TMP', 'U') IS NOT NULL
    DROP TABLE {schema_name}.[REBATE_TMP];
-- not a drop of a table, index or column
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP CONSTRAINT FK_HEALTH_PLAN_PAYER;
DROP TABLE IF EXISTS #REBATE_STAGING;
-- drops in comments and strings
-- DROP TABLE {schema_name}.[HEALTH_PLAN];
UPDATE {schema_name}.[REBATE_CONTRACT] SET STATUS = 'DROP TABLE pending' WHERE ID = 1;
