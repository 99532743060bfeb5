-- Platform migrations for the rebate-tier module: permissions first, then the tenant table.
-- (A prose comment that mentions "platform migrations" or "tenant migrations" is not a header.)
-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_TIER.VIEW'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_TIER.EDIT');

-- ========== TENANT MIGRATIONS ==========   
-- NOTE: Make sure app/tenant/tables.py is in sync
-- Tiers belong to a contract; tables.py gets the same CREATE TABLE.
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    REBATE_CONTRACT_ID INT NOT NULL,
    TIER_NAME NVARCHAR(100) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);
CREATE INDEX IDX_REBATE_TIER_REBATE_CONTRACT_ID ON {schema_name}.[REBATE_TIER](REBATE_CONTRACT_ID);
