-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[BILLING_PLAN] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    MONTHLY_FEE MONEY NOT NULL,
--              ^^^^^ no-float
    SETUP_FEE SMALLMONEY NULL,
--            ^^^^^^^^^^ no-float
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    REBATE_CONTRACT_ID INT NOT NULL,
    REBATE_PERCENTAGE FLOAT NOT NULL,
--                    ^^^^^ no-float
    THRESHOLD_AMOUNT float(53) NULL,
--                   ^^^^^^^^^ no-float
    MARKET_SHARE REAL NULL,
--               ^^^^ no-float
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD GUARANTEED_REBATE_AMOUNT FLOAT NULL;
--                                                                       ^^^^^ no-float

ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ALTER COLUMN SHARED_SAVINGS_PCT FLOAT NULL;
--                                                                          ^^^^^ no-float
