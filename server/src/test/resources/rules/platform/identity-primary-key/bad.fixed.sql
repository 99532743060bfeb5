-- ========== PLATFORM MIGRATIONS ==========
-- A platform table with no ID at all.
   CREATE TABLE PLATFORM.[SYSTEM_SETTING] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    SETTING_KEY NVARCHAR(100) NOT NULL,
    SETTING_VALUE NVARCHAR(MAX) NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- ID without IDENTITY: inserts have to invent their own keys.
CREATE TABLE {schema_name}.[HEALTH_PLAN] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    PLAN_NAME NVARCHAR(255) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- BIGINT instead of INT: foreign keys written as INT no longer match.
CREATE TABLE {schema_name}.[REBATE_CONTRACT] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    HEALTH_PLAN_ID INT NOT NULL FOREIGN KEY REFERENCES {schema_name}.[HEALTH_PLAN](ID),
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- Identity seeded at 1000.
CREATE TABLE {schema_name}.[VBC_PARTICIPANT] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    MEMBER_NAME NVARCHAR(255) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- Identity but not the primary key.
CREATE TABLE {schema_name}.[VBC_ATTRIBUTION] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    VBC_PARTICIPANT_ID INT NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- The primary key is on another column.
CREATE TABLE {schema_name}.[PAYER_CROSSWALK] (
    ID INT NOT NULL IDENTITY(1,1),
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    PAYER_CODE NVARCHAR(50) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL,
    CONSTRAINT PK_PAYER_CROSSWALK PRIMARY KEY (PAYER_CODE)
);

-- A UNIQUEIDENTIFIER key with a default: no automatic fix (it would drop the DEFAULT).
CREATE TABLE {schema_name}.[IW_GAP] (
    ID UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID() PRIMARY KEY,
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    GAP_NAME NVARCHAR(255) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- Columns on one line, no ID.
   CREATE TABLE {schema_name}.[HEALTH_PLAN_ALIAS] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, ALIAS NVARCHAR(255) NOT NULL, CREATED_BY NVARCHAR(100) NOT NULL, CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(), UPDATED_BY NVARCHAR(100) NULL, UPDATED_AT DATETIME2 NULL);
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key

-- ID not an identity, with the primary key declared at table level: the fix must not add a second PRIMARY KEY.
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1),
--  ^^^^^^^^^^^^^^^ identity-primary-key
    REBATE_CONTRACT_ID INT NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL,
    CONSTRAINT PK_REBATE_TIER PRIMARY KEY (ID)
);

-- No ID, keyed on a natural key: reported, but no automatic fix (a second PRIMARY KEY would not compile).
   CREATE TABLE {schema_name}.[NDC_PRODUCT] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    NDC_CODE NVARCHAR(11) NOT NULL PRIMARY KEY,
    PRODUCT_NAME NVARCHAR(255) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- ID nullable by omission (the convention spells out NOT NULL).
CREATE TABLE {schema_name}.[MEASURE_PERIOD] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identity-primary-key
    PERIOD_NAME NVARCHAR(50) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);
