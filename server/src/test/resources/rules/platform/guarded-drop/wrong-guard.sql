-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- a guard on the data, not on the column: the drop still fails where the column is gone
IF EXISTS (SELECT * FROM {schema_name}.[HEALTH_PLAN] WHERE PLAN_TYPE IS NOT NULL)
    ALTER TABLE {schema_name}.[HEALTH_PLAN] DROP COLUMN PLAN_TYPE;
--                                          ^^^^^^^^^^^^^^^^^^^^^ guarded-drop
-- the ELSE branch runs exactly when the guard is false
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.REBATE_CONTRACT') AND name = 'TIER_CODE')
    PRINT 'TIER_CODE still present';
ELSE
    ALTER TABLE {schema_name}.[REBATE_CONTRACT] DROP COLUMN TIER_CODE;
--                                              ^^^^^^^^^^^^^^^^^^^^^ guarded-drop
-- a BEGIN ... END block guards nothing by itself
BEGIN
    DROP INDEX IDX_VBC_PARTICIPANT_NPI ON {schema_name}.[VBC_PARTICIPANT];
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ guarded-drop
    ALTER TABLE {schema_name}.[VBC_PARTICIPANT] DROP COLUMN OLD_NPI;
--                                              ^^^^^^^^^^^^^^^^^^^ guarded-drop
END
