-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- Statements sharing a line are reported, but not moved: a line-based move would carry the neighbour along.
CREATE TABLE {schema_name}.[CHILD] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, PARENT_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[PARENT](ID), CREATED_BY NVARCHAR(100) NOT NULL, CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(), UPDATED_BY NVARCHAR(100) NULL, UPDATED_AT DATETIME2 NULL); CREATE TABLE {schema_name}.[PARENT] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, CREATED_BY NVARCHAR(100) NOT NULL, CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(), UPDATED_BY NVARCHAR(100) NULL, UPDATED_AT DATETIME2 NULL);
--                                                                                                                       ^^^^^^^^^^^^^^^^^^^^^^ fk-creation-order
