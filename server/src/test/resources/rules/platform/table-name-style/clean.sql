-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[FEATURE_FLAG] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    NAME NVARCHAR(100) NOT NULL,
    IS_ENABLED BIT NOT NULL DEFAULT 0,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- Digits are fine in UPPER_SNAKE_CASE.
CREATE TABLE {schema_name}.[ICD10_CODE_MAP] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    ICD10_CODE NVARCHAR(10) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);
-- Legacy tables named before the convention are only referenced, not created: not this migration's choice.
ALTER TABLE {schema_name}.[legacyClaims] ADD ICD10_CODE NVARCHAR(10) NULL;
INSERT INTO {schema_name}.[ICD10_CODE_MAP] (ICD10_CODE, CREATED_BY)
SELECT DISTINCT ICD10_CODE, 'migration' FROM {schema_name}.[legacyClaims] WHERE ICD10_CODE IS NOT NULL;
-- Temp tables and table variables are scratch space, not schema.
CREATE TABLE #rebate_staging (Id INT NOT NULL, Code NVARCHAR(50) NULL);
DECLARE @movedRows TABLE (Id INT NOT NULL);
DROP TABLE IF EXISTS #rebate_staging;
