-- ========== PLATFORM MIGRATIONS ==========
CREATE INDEX IX_USERS_EMAIL ON PLATFORM.[USERS](EMAIL);
--           ^^^^^^^^^^^^^^ index-name-format

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
CREATE INDEX IX_CONTRACT_STATUS ON {schema_name}.[REBATE_CONTRACT](STATUS);
--           ^^^^^^^^^^^^^^^^^^ index-name-format

-- Copy-pasted from another table.
CREATE INDEX IDX_HEALTH_PLAN_EFFECTIVE_FROM ON {schema_name}.[REBATE_CONTRACT](EFFECTIVE_FROM);
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ index-name-format

-- A column of the key is missing from the name.
CREATE NONCLUSTERED INDEX IDX_REBATE_CONTRACT_HEALTH_PLAN_ID ON {schema_name}.[REBATE_CONTRACT](HEALTH_PLAN_ID, STATUS);
--                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ index-name-format

-- INCLUDE columns are not key columns and do not belong in the name.
CREATE INDEX IDX_VBC_PARTICIPANT_TENANT_APP_ID_MEMBER_NAME ON {schema_name}.[VBC_PARTICIPANT](TENANT_APP_ID)
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ index-name-format
INCLUDE (MEMBER_NAME);

-- Key columns in the wrong order.
CREATE UNIQUE INDEX IDX_HEALTH_PLAN_PAYER_CODE_TENANT_APP_ID ON {schema_name}.[HEALTH_PLAN]([TENANT_APP_ID], [PAYER_CODE] DESC);
--                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ index-name-format

-- No prefix at all.
CREATE INDEX VBC_ATTRIBUTION_PERIOD ON {schema_name}.[VBC_ATTRIBUTION](MEASURE_PERIOD_ID)
--           ^^^^^^^^^^^^^^^^^^^^^^ index-name-format
WHERE MEASURE_PERIOD_ID IS NOT NULL;
