-- Comments may name the wrong spellings: never write {schemaname}, <schema_name> or $schema_name.
-- ========== PLATFORM MIGRATIONS ==========
-- The platform's tenant registry stores each tenant's schema name in a column called SCHEMA_NAME.
ALTER TABLE PLATFORM.[TENANT] ADD [SCHEMA_NAME] NVARCHAR(128) NULL;
UPDATE t SET t.[SCHEMA_NAME] = s.name
FROM PLATFORM.[TENANT] t JOIN sys.schemas s ON s.name = t.TENANT_CODE;
SELECT SCHEMA_NAME(o.schema_id) AS [schema_name], o.name FROM sys.objects o WHERE o.type = 'U';
INSERT INTO PLATFORM.[TENANT_IMPORT] (TENANT_CODE, SCHEMA_NAME, CREATED_AT)
SELECT j.TENANT_CODE, j.SCHEMA_NAME, SYSDATETIME()
FROM OPENJSON(N'[]') WITH (TENANT_CODE NVARCHAR(50) '$.tenant_code', SCHEMA_NAME NVARCHAR(128) '$.schema_name') AS j;

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
CREATE INDEX IDX_HEALTH_PLAN_PAYER_CODE ON {schema_name}.[HEALTH_PLAN](PAYER_CODE)
INCLUDE (PAYER_NAME);
EXEC sp_rename '{schema_name}.HEALTH_PLAN.PLAN_CD', 'PLAN_CODE', 'COLUMN';
