-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[ROLES] ADD DESCRIPTION NVARCHAR(255) NULL;

INSERT INTO PLATFORM.[AUDIT_LOG] (MESSAGE) VALUES (N'started');
--                   ^^^^^^^^^^^ unknown-table

ALTER TABLE PLATFORM.[HEALTH_PLAN] ADD NOTES NVARCHAR(MAX) NULL;
--                   ^^^^^^^^^^^^^ unknown-table

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[HEALTH_PLN] ADD PLAN_CODE NVARCHAR(50) NULL;
--                        ^^^^^^^^^^^^ unknown-table

ALTER TABLE {schema_name}.[LEGACY_SETTING] ADD NOTES NVARCHAR(MAX) NULL;

CREATE TABLE {schema_name}.[CLAIM_LINE] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    CLAIM_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[CLAIM](ID),
--                                           ^^^^^^^^^^^^^^^^^^^^^ fk-creation-order
    HEALTH_PLAN_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[HEALTH_PLAN](ID),
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

CREATE INDEX IDX_CLAIM_LINE_CLAIM_ID ON {schema_name}.[CLAIM_LINE](CLAIM_ID);

CREATE INDEX IDX_DENIAL_CODE ON {schema_name}.[DENIAL](CODE);
--                                            ^^^^^^^^ unknown-table

ALTER TABLE {schema_name}.[CLAIM_LINE] ADD CONSTRAINT FK_CLAIM_LINE_PAYER
FOREIGN KEY (PAYER_ID) REFERENCES {schema_name}.[PAYER](ID);
--                                              ^^^^^^^ unknown-table
