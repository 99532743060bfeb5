-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[FEATURE_FLAG] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    FLAG_NAME NVARCHAR(100) NOT NULL,
    IS_ENABLED BIT NOT NULL DEFAULT 0,
--             ^^^ bit-needs-default
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[HEALTH_PLAN_CONTACT] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    HEALTH_PLAN_ID INT NOT NULL,
    IS_PRIMARY BIT NULL DEFAULT 0,
--             ^^^ bit-needs-default
    RECEIVES_REPORTS BIT NOT NULL DEFAULT 0,
--                   ^^^ bit-needs-default
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD IS_ATTRIBUTED BIT NULL DEFAULT 0;
--                                                            ^^^ bit-needs-default

-- Booleans stored as numbers or text.
ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD IS_AUTO_RENEW BIT NOT NULL DEFAULT 0;
--                                                            ^^^ bit-needs-default
ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD HAS_PRICE_PROTECTION BIT NULL DEFAULT 0;
--                                                                   ^^^^^^^ bit-needs-default

-- A Y/N flag: reported, but no automatic fix ('Y' is no BIT default).
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD IS_MEDICARE_ADVANTAGE NCHAR(1) NOT NULL DEFAULT 'Y';
--                                                                ^^^^^^^^ bit-needs-default
