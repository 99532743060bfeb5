-- ========== PLATFORM MIGRATIONS ==========
-- Platform tables need only CREATED_AT by default.
CREATE TABLE PLATFORM.[SYSTEM_SETTING] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    SETTING_KEY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- Order, brackets and case of the audit columns do not matter.
CREATE TABLE {schema_name}.[REBATE_CONTRACT] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    [CREATED_AT] DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    [CREATED_BY] NVARCHAR(100) NOT NULL,
    CONTRACT_NAME NVARCHAR(255) NOT NULL,
    updated_at DATETIME2 NULL,
    updated_by NVARCHAR(100) NULL,
    CONSTRAINT UQ_REBATE_CONTRACT_CONTRACT_NAME UNIQUE (CONTRACT_NAME)
);

-- Temp tables and table variables are scratch space, not audited tables.
CREATE TABLE #CONTRACT_STAGING (
    CONTRACT_NAME NVARCHAR(255) NOT NULL
);
DECLARE @PLAN_MAP TABLE (
    OLD_ID INT NOT NULL,
    NEW_ID INT NOT NULL
);

-- Adding a column to an existing table is not a CREATE TABLE.
ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD NOTES NVARCHAR(MAX) NULL;

-- Audit columns added to an existing table later are not this rule's business either.
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD UPDATED_BY NVARCHAR(100) NULL;
