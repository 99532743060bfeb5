-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[ORGANIZATION_NOTE] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    ORGANIZATION_NAME NVARCHAR(255) NOT NULL,
--                    ^^^^^^^^^^^^ prefer-nvarchar
    NOTE_BODY NVARCHAR(MAX) NULL,
--            ^^^^ prefer-nvarchar
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[VBC_PARTICIPANT] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    MEMBER_FIRST_NAME NVARCHAR(100) NOT NULL,
--                    ^^^^^^^^^^^^ prefer-nvarchar
    STATE_CODE NVARCHAR(2) NULL,
--             ^^^^^^^ prefer-nvarchar
    CARE_NOTES NVARCHAR(MAX) NULL,
--             ^^^^^ prefer-nvarchar
    ATTRIBUTION_LOG NVARCHAR(MAX) NULL,
--                  ^^^^^^^^^^^^^ prefer-nvarchar
    RAW_PAYLOAD NVARCHAR(max) NULL,
--              ^^^^^^^^^^^^ prefer-nvarchar
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PLAN_DISPLAY_NAME NVARCHAR(255) NULL;
--                                                            ^^^^^^^^^^^^ prefer-nvarchar

ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD MANUFACTURER_NAME NVARCHAR(255) NULL, CONTRACT_TERMS NVARCHAR(MAX) NULL;
--                                                                ^^^^^^^^^^^^ prefer-nvarchar
--                                                                                                  ^^^^ prefer-nvarchar

ALTER TABLE {schema_name}.[HEALTH_PLAN] ALTER COLUMN PAYER_NAME NVARCHAR(500) NULL;
--                                                              ^^^^^^^^^^^^ prefer-nvarchar

-- The e-mail exception is for VARCHAR; TEXT is still deprecated and non-Unicode.
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD CONTACT_EMAIL_LIST NVARCHAR(MAX) NULL;
--                                                             ^^^^ prefer-nvarchar
