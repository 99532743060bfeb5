-- ========== PLATFORM MIGRATIONS ==========
-- A platform table records at least when a row was created.
   CREATE TABLE PLATFORM.[SYSTEM_SETTING] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ audit-columns
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    SETTING_KEY NVARCHAR(100) NOT NULL,
    SETTING_VALUE NVARCHAR(MAX) NULL
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- Only the "created" half.
   CREATE TABLE {schema_name}.[REBATE_CONTRACT] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ audit-columns
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    CONTRACT_NAME NVARCHAR(255) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- None at all.
   CREATE TABLE {schema_name}.[HEALTH_PLAN] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ audit-columns
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    PLAN_NAME NVARCHAR(255) NOT NULL
);

-- Home-grown names do not count: CREATED_DATE / MODIFIED_BY are not the audit columns the application writes.
   CREATE TABLE {schema_name}.[VBC_PARTICIPANT] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ audit-columns
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    MEMBER_NAME NVARCHAR(255) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_DATE DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    MODIFIED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- A table constraint after the columns: the missing columns go before it.
   CREATE TABLE {schema_name}.[REBATE_TIER] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ audit-columns
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    REBATE_CONTRACT_ID INT NOT NULL,
    TIER_NUMBER INT NOT NULL,
    CONSTRAINT FK_REBATE_TIER_REBATE_CONTRACT FOREIGN KEY (REBATE_CONTRACT_ID) REFERENCES {schema_name}.[REBATE_CONTRACT](ID)
);

-- All on one line.
   CREATE TABLE {schema_name}.[HEALTH_PLAN_ALIAS] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, ALIAS NVARCHAR(255) NOT NULL, CREATED_BY NVARCHAR(100) NOT NULL);
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ audit-columns
