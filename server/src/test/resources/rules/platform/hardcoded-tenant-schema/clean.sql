-- ========== PLATFORM MIGRATIONS ==========
-- PLATFORM in any spelling SQL Server accepts is the platform schema.
ALTER TABLE [PLATFORM].[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM Platform.ROLES WHERE NAME = 'Super Admin'), 'REBATE_TIER.VIEW');

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- The document's own guarded drop reads the system catalog.
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
IF NOT EXISTS (SELECT * FROM [sys].[indexes] WHERE name = 'IDX_HEALTH_PLAN_PAYER_CODE' AND object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN'))
CREATE INDEX IDX_HEALTH_PLAN_PAYER_CODE ON {schema_name}.[HEALTH_PLAN](PAYER_CODE);
IF EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'REBATE_CONTRACT' AND COLUMN_NAME = 'OLD_RATE')
UPDATE {schema_name}.[REBATE_CONTRACT] SET REBATE_RATE = OLD_RATE WHERE REBATE_RATE IS NULL;

-- Alias-qualified columns are not schemas.
UPDATE rc
SET rc.PAYER_CODE = hp.PAYER_CODE
FROM {schema_name}.[REBATE_CONTRACT] rc
JOIN {schema_name}.[HEALTH_PLAN] hp ON hp.ID = rc.HEALTH_PLAN_ID;
EXEC sys.sp_rename '{schema_name}.REBATE_CONTRACT.RATE_PCT', 'REBATE_RATE', 'COLUMN';
SELECT o.name FROM sys.objects o JOIN sys.schemas s ON s.schema_id = o.schema_id WHERE s.name = 'dbo';
