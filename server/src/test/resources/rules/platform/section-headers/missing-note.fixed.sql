-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;

   -- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    REBATE_CONTRACT_ID INT NOT NULL,
    TIER_NAME NVARCHAR(100) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);
-- NOTE: Make sure app/tenant/tables.py is in sync
