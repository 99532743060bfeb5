-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;
--                               ^^^^^^^^^^^ column-name-style

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    REBATE_CONTRACT_ID INT NOT NULL,
--  ^^^^^^^^^^^^^^^^ column-name-style
    TIER_NAME NVARCHAR(100) NOT NULL,
--  ^^^^^^^^^ column-name-style
    [MIN_VOLUME] DECIMAL(18,4) NULL,
--  ^^^^^^^^^^^^ column-name-style
    "REBATE_PCT" DECIMAL(18,4) NULL,
--  ^^^^^^^^^^^ column-name-style
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL, PAYER_NAME NVARCHAR(255) NULL;
--                                          ^^^^^^^^^ column-name-style
--                                                                       ^^^^^^^^^^ column-name-style
