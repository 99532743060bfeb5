-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[LOGIN_AUDIT] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    USER_ID INT NOT NULL,
    LOGGED_IN_AT DATETIME2 NOT NULL,
--               ^^^^^^^^ prefer-datetime2
    CREATED_AT DATETIME2 NOT NULL DEFAULT GETDATE()
--             ^^^^^^^^ prefer-datetime2
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE TABLE {schema_name}.[VBC_ATTRIBUTION] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    VBC_PARTICIPANT_ID INT NOT NULL,
    ATTRIBUTED_ON DATETIME2 NULL,
--                ^^^^^^^^^^^^^ prefer-datetime2
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
--             ^^^^^^^^^^ prefer-datetime2
);

ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD EFFECTIVE_FROM DATETIME2 NULL, EFFECTIVE_TO DATETIME2 NULL;
--                                                             ^^^^^^^^ prefer-datetime2
--                                                                                         ^^^^^^^^ prefer-datetime2

ALTER TABLE {schema_name}.[HEALTH_PLAN] ALTER COLUMN TERMINATED_AT DATETIME2 NULL;
--                                                                 ^^^^^^^^ prefer-datetime2
