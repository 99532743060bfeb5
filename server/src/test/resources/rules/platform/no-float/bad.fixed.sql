-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[BILLING_PLAN] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    MONTHLY_FEE DECIMAL(18,4) NOT NULL,
--              ^^^^^ no-float
    SETUP_FEE DECIMAL(18,4) NULL,
--            ^^^^^^^^^^ no-float
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    REBATE_CONTRACT_ID INT NOT NULL,
    REBATE_PERCENTAGE DECIMAL(18,4) NOT NULL,
--                    ^^^^^ no-float
    THRESHOLD_AMOUNT DECIMAL(18,4) NULL,
--                   ^^^^^^^^^ no-float
    MARKET_SHARE DECIMAL(18,4) NULL,
--               ^^^^ no-float
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD GUARANTEED_REBATE_AMOUNT DECIMAL(18,4) NULL;
--                                                                       ^^^^^ no-float

ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ALTER COLUMN SHARED_SAVINGS_PCT DECIMAL(18,4) NULL;
--                                                                          ^^^^^ no-float
