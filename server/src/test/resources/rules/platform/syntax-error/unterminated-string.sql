-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
UPDATE {schema_name}.[HEALTH_PLAN] SET STATUS = 'Inactive' WHERE NAME = N'Aetna Commercial';
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD NOTE NVARCHAR(500) NULL DEFAULT 'n/a;
--                                                                          ^ syntax-error
