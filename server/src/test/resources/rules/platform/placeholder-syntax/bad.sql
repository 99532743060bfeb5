-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schemaname}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
--          ^^^^^^^^^^^^ placeholder-syntax
ALTER TABLE { schema_name }.[HEALTH_PLAN] ADD PAYER_NAME NVARCHAR(255) NULL;
--          ^^^^^^^^^^^^^^^ placeholder-syntax
CREATE INDEX IDX_HEALTH_PLAN_PAYER_CODE ON {{schema_name}}.[HEALTH_PLAN](PAYER_CODE);
--                                         ^^^^^^^^^^^^^^^ placeholder-syntax
ALTER TABLE <schema_name>.[REBATE_CONTRACT] ADD PAYER_CODE NVARCHAR(50) NULL;
--          ^^^^^^^^^^^^^ placeholder-syntax
UPDATE $schema_name.[REBATE_CONTRACT] SET PAYER_CODE = 'UNKNOWN' WHERE PAYER_CODE IS NULL;
--     ^^^^^^^^^^^^ placeholder-syntax
DROP INDEX IF EXISTS IDX_REBATE_CONTRACT_LEGACY_CODE ON [schema_name].[REBATE_CONTRACT];
--                                                      ^^^^^^^^^^^^^ placeholder-syntax
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{SCHEMA_NAME}.VBC_PARTICIPANT') AND name = 'LEGACY_CODE')
--                                                                ^^^^^^^^^^^^^ placeholder-syntax
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] DROP COLUMN LEGACY_CODE;
INSERT INTO {schema_name}.[VBC_PARTICIPANT_NOTE] (VBC_PARTICIPANT_ID, NOTE, CREATED_BY)
SELECT p.ID, N'Migrated', 'migration' FROM {schemaName}.[VBC_PARTICIPANT] AS p;
--                                         ^^^^^^^^^^^^ placeholder-syntax
