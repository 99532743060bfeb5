-- ========== PLATFORM MIGRATIONS ==========
   DROP TABLE PLATFORM.[LEGACY_AUDIT_LOG];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
   DROP INDEX IDX_REBATE_CONTRACT_STATUS ON {schema_name}.[REBATE_CONTRACT];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
   drop index IDX_VBC_PARTICIPANT_NPI on {schema_name}.[VBC_PARTICIPANT];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
   DROP TABLE {schema_name}.[REBATE_CONTRACT_ARCHIVE];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
--                                      ^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
ALTER TABLE {schema_name}.[VBC_PARTICIPANT]
    DROP COLUMN OLD_RISK_SCORE;
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
