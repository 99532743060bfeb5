-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
IF EXISTS (SELECT * FROM sys.columns WHERE Name = N'NOTES' AND Object_ID = Object_ID(N'{schema_name}.REBATE_CONTRACT'))
    ALTER TABLE {schema_name}.[REBATE_CONTRACT] DROP COLUMN NOTES;
--                                                          ^^^^^ tables-py-sync

ALTER TABLE {schema_name}.[REBATE_CONTRACT] ALTER COLUMN STATUS NVARCHAR(100) NOT NULL;
--                                                       ^^^^^^ tables-py-sync

DROP TABLE IF EXISTS {schema_name}.[LEGACY_NOTE];
--                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ tables-py-sync
