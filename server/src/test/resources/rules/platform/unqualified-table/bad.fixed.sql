-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.[ROLE_PERMISSION] (ROLE_ID, PERMISSION_NAME) VALUES
--          ^^^^^^^^^^^^^^^ unqualified-table
((SELECT ID FROM PLATFORM.[ROLES] WHERE NAME = 'Super Admin'), 'REBATE_TIER.VIEW');
--               ^^^^^ unqualified-table

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
--          ^^^^^^^^^^^^^ unqualified-table
CREATE INDEX IDX_HEALTH_PLAN_PAYER_CODE ON {schema_name}.[HEALTH_PLAN](PAYER_CODE);
--                                         ^^^^^^^^^^^ unqualified-table
UPDATE hp
SET hp.PAYER_CODE = p.CODE
FROM {schema_name}.[HEALTH_PLAN] hp
JOIN {schema_name}.[PAYER] p ON p.ID = hp.PAYER_ID;
--   ^^^^^ unqualified-table
ALTER TABLE {schema_name}.[REBATE_CONTRACT]
ADD CONSTRAINT FK_REBATE_CONTRACT_HEALTH_PLAN
FOREIGN KEY (HEALTH_PLAN_ID) REFERENCES {schema_name}.[HEALTH_PLAN](ID);
--                                      ^^^^^^^^^^^^^ unqualified-table
   DELETE FROM {schema_name}.[REBATE_TIER] WHERE REBATE_CONTRACT_ID IS NULL;
--             ^^^^^^^^^^^ unqualified-table
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
--          ^^^^^^^^^^^ unqualified-table
DROP INDEX IF EXISTS IDX_HEALTH_PLAN_LEGACY_CODE ON {schema_name}.[HEALTH_PLAN];
--                                                  ^^^^^^^^^^^^^ unqualified-table
WITH ORPHANED AS (
    SELECT ID FROM {schema_name}.[PAYER] WHERE IS_ACTIVE = 0
)
UPDATE {schema_name}.[HEALTH_PLAN] SET PAYER_ID = NULL WHERE PAYER_ID IN (SELECT ID FROM ORPHANED);
--     ^^^^^^^^^^^ unqualified-table
