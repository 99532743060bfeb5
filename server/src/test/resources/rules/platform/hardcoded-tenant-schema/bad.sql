-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO dbo.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
--          ^^^ hardcoded-tenant-schema
((SELECT ID FROM dbo.ROLES WHERE NAME = 'Super Admin'), 'REBATE_TIER.VIEW');
--               ^^^ hardcoded-tenant-schema

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE TENANT_ABC123.[REBATE_CONTRACT] ADD PAYER_CODE NVARCHAR(50) NULL;
--          ^^^^^^^^^^^^^ hardcoded-tenant-schema
CREATE INDEX IDX_REBATE_CONTRACT_PAYER_CODE ON [TENANT_ABC123].[REBATE_CONTRACT](PAYER_CODE);
--                                             ^^^^^^^^^^^^^^^ hardcoded-tenant-schema
UPDATE hp
SET hp.PAYER_CODE = p.CODE
FROM {schema_name}.[HEALTH_PLAN] hp
JOIN dbo.[PAYER] p ON p.ID = hp.PAYER_ID;
--   ^^^ hardcoded-tenant-schema
ALTER TABLE {schema_name}.[REBATE_CONTRACT]
ADD CONSTRAINT FK_REBATE_CONTRACT_HEALTH_PLAN
FOREIGN KEY (HEALTH_PLAN_ID) REFERENCES tenant_acme.[HEALTH_PLAN](ID);
--                                      ^^^^^^^^^^^ hardcoded-tenant-schema
IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.HEALTH_PLAN') AND name = 'LEGACY_CODE')
ALTER TABLE TENANT_ABC123.[HEALTH_PLAN] DROP COLUMN LEGACY_CODE;
--          ^^^^^^^^^^^^^ hardcoded-tenant-schema
DROP INDEX IF EXISTS IDX_HEALTH_PLAN_LEGACY_CODE ON TENANT_ABC123.[HEALTH_PLAN];
--                                                  ^^^^^^^^^^^^^ hardcoded-tenant-schema
INSERT INTO {schema_name}.[PAYER] (CODE, NAME, CREATED_BY)
SELECT CODE, NAME, 'migration' FROM ReferenceDb.dbo.[PAYER_DIRECTORY];
--                                              ^^^ hardcoded-tenant-schema
