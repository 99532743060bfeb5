-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD lastLoginAt DATETIME2 NULL;
--                               ^^^^^^^^^^^ column-name-style

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    rebateContractId INT NOT NULL,
--  ^^^^^^^^^^^^^^^^ column-name-style
    tier_name NVARCHAR(100) NOT NULL,
--  ^^^^^^^^^ column-name-style
    [Min Volume] DECIMAL(18,4) NULL,
--  ^^^^^^^^^^^^ column-name-style
    "RebatePct" DECIMAL(18,4) NULL,
--  ^^^^^^^^^^^ column-name-style
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD payerCode NVARCHAR(50) NULL, Payer_Name NVARCHAR(255) NULL;
--                                          ^^^^^^^^^ column-name-style
--                                                                       ^^^^^^^^^^ column-name-style
