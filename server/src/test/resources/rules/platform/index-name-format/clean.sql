-- ========== PLATFORM MIGRATIONS ==========
CREATE INDEX IDX_USERS_EMAIL ON PLATFORM.[USERS](EMAIL);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE INDEX IDX_REBATE_CONTRACT_TENANT_APP_ID ON {schema_name}.[REBATE_CONTRACT](TENANT_APP_ID);

-- Covering index: INCLUDE columns are not part of the name.
CREATE INDEX IDX_REBATE_CONTRACT_STATUS ON {schema_name}.[REBATE_CONTRACT](STATUS)
INCLUDE (CONTRACT_NAME, EFFECTIVE_FROM);

-- Several key columns, brackets, sort order, UNIQUE/NONCLUSTERED and a filter.
CREATE UNIQUE NONCLUSTERED INDEX IDX_HEALTH_PLAN_TENANT_APP_ID_PAYER_CODE
    ON {schema_name}.[HEALTH_PLAN]([TENANT_APP_ID] ASC, [PAYER_CODE] DESC)
    WHERE PAYER_CODE IS NOT NULL;

-- Dropping a legacy index by its old name is how it gets cleaned up.
DROP INDEX IF EXISTS IX_CONTRACT_STATUS ON {schema_name}.[REBATE_CONTRACT];

-- Constraints have their own prefixes.
ALTER TABLE {schema_name}.[REBATE_TIER]
ADD CONSTRAINT FK_REBATE_TIER_REBATE_CONTRACT
FOREIGN KEY (REBATE_CONTRACT_ID) REFERENCES {schema_name}.[REBATE_CONTRACT](ID);

-- Index names in strings and comments: CREATE INDEX IX_OLD ON {schema_name}.[HEALTH_PLAN](NAME)
IF EXISTS (SELECT * FROM sys.indexes WHERE name = 'IX_PLAN_NAME' AND object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN'))
DROP INDEX IX_PLAN_NAME ON {schema_name}.[HEALTH_PLAN];
