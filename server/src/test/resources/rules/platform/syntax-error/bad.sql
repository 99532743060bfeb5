-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PLAN_CODE NVARCHAR(50 NULL;
--                                                            ^ syntax-error
ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PLAN_TIER NVARCHAR(50) NULL);
--                                                                     ^ syntax-error
INSERT INTO {schema_name}.[HEALTH_PLAN] (NAME CREATED_BY) VALUES (N'Aetna Commercial', 'migration');
--                                            ^^^^^^^^^^ syntax-error
CREATE TABLE {schema_name}.[REBATE_TIER] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY
    NAME NVARCHAR(255) NOT NULL,
--       ^^^^^^^^ syntax-error
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);
