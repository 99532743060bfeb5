-- ========== PLATFORM MIGRATIONS ==========
   DROP TABLE IF EXISTS PLATFORM.[LEGACY_AUDIT_LOG];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
   DROP INDEX IF EXISTS IDX_REBATE_CONTRACT_STATUS ON {schema_name}.[REBATE_CONTRACT];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
   drop index IF EXISTS IDX_VBC_PARTICIPANT_NPI on {schema_name}.[VBC_PARTICIPANT];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
   DROP TABLE IF EXISTS {schema_name}.[REBATE_CONTRACT_ARCHIVE];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
--                                      ^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.VBC_PARTICIPANT') AND name = 'OLD_RISK_SCORE')
ALTER TABLE {schema_name}.[VBC_PARTICIPANT]
    DROP COLUMN OLD_RISK_SCORE;
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
