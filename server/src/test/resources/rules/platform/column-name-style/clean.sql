-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- Constraint and index names, computed columns and digits are not column-name mistakes.
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    REBATE_CONTRACT_ID INT NOT NULL,
    TIER_NAME NVARCHAR(100) NOT NULL,
    MIN_VOLUME DECIMAL(18,4) NULL,
    MAX_VOLUME DECIMAL(18,4) NULL,
    VOLUME_RANGE AS (MAX_VOLUME - MIN_VOLUME),
    Q4_REBATE_RATE DECIMAL(18,4) NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL,
    CONSTRAINT Fk_RebateTier_Contract FOREIGN KEY (REBATE_CONTRACT_ID) REFERENCES {schema_name}.[REBATE_CONTRACT](ID),
    CONSTRAINT ck_rebate_tier_volume CHECK (MIN_VOLUME <= MAX_VOLUME)
);
-- Existing legacy columns are referenced, not defined: renaming them is a separate migration.
UPDATE {schema_name}.[HEALTH_PLAN] SET PAYER_CODE = legacyPayerCode WHERE PAYER_CODE IS NULL;
CREATE INDEX IDX_HEALTH_PLAN_PAYER_CODE ON {schema_name}.[HEALTH_PLAN](PAYER_CODE) INCLUDE (legacyPayerCode);
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'legacyPayerCode')
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN legacyPayerCode;
ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD CONSTRAINT Df_RebateContract_Status DEFAULT 'Active' FOR STATUS;
-- T-SQL mixes columns and constraints in one ADD list; a lower-case keyword is not a column.
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_ID INT NULL,
    constraint fk_health_plan_payer foreign key (PAYER_ID) references {schema_name}.[PAYER](ID);
-- Temp tables are scratch space.
CREATE TABLE #tierStaging (tierId INT NOT NULL, tierName NVARCHAR(100) NULL);
DROP TABLE IF EXISTS #tierStaging;
