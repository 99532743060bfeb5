-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD TIME_ZONE NVARCHAR(50) NOT NULL;
--                                                      ^^^^^^^^ new-column-nullable

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD ATTRIBUTION_SOURCE NVARCHAR(50) NOT NULL;
--                                                                              ^^^^^^^^ new-column-nullable

-- A foreign key column: existing participants have no plan yet.
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD HEALTH_PLAN_ID INT NOT NULL FOREIGN KEY REFERENCES {schema_name}.[HEALTH_PLAN](ID);
--                                                                 ^^^^^^^^ new-column-nullable

-- Several columns in one ADD.
ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD
    CONTRACT_NUMBER NVARCHAR(50) NOT NULL,
--                               ^^^^^^^^ new-column-nullable
    SIGNED_ON DATE;
--  ^^^^^^^^^ new-column-nullable

-- No explicit NULL: a warning, nullability then depends on session settings.
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50);
--                                          ^^^^^^^^^^ new-column-nullable
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD DISPLAY_ORDER INT DEFAULT 0;
--                                          ^^^^^^^^^^^^^ new-column-nullable

-- Guarded by IF NOT EXISTS: the guard makes it re-runnable, not safe for existing rows.
IF NOT EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.REBATE_CONTRACT') AND name = 'REGION_CODE')
ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD REGION_CODE NVARCHAR(10) NOT NULL;
--                                                                       ^^^^^^^^ new-column-nullable
