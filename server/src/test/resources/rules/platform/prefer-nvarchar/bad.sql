-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[ORGANIZATION_NOTE] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    ORGANIZATION_NAME VARCHAR(255) NOT NULL,
--                    ^^^^^^^^^^^^ prefer-nvarchar
    NOTE_BODY TEXT NULL,
--            ^^^^ prefer-nvarchar
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[VBC_PARTICIPANT] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    MEMBER_FIRST_NAME VARCHAR(100) NOT NULL,
--                    ^^^^^^^^^^^^ prefer-nvarchar
    STATE_CODE CHAR(2) NULL,
--             ^^^^^^^ prefer-nvarchar
    CARE_NOTES NTEXT NULL,
--             ^^^^^ prefer-nvarchar
    ATTRIBUTION_LOG VARCHAR(8000) NULL,
--                  ^^^^^^^^^^^^^ prefer-nvarchar
    RAW_PAYLOAD varchar(max) NULL,
--              ^^^^^^^^^^^^ prefer-nvarchar
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PLAN_DISPLAY_NAME VARCHAR(255) NULL;
--                                                            ^^^^^^^^^^^^ prefer-nvarchar

ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD MANUFACTURER_NAME VARCHAR(255) NULL, CONTRACT_TERMS TEXT NULL;
--                                                                ^^^^^^^^^^^^ prefer-nvarchar
--                                                                                                  ^^^^ prefer-nvarchar

ALTER TABLE {schema_name}.[HEALTH_PLAN] ALTER COLUMN PAYER_NAME VARCHAR(500) NULL;
--                                                              ^^^^^^^^^^^^ prefer-nvarchar

-- The e-mail exception is for VARCHAR; TEXT is still deprecated and non-Unicode.
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD CONTACT_EMAIL_LIST TEXT NULL;
--                                                             ^^^^ prefer-nvarchar
