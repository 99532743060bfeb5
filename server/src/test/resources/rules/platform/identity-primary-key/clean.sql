-- ========== PLATFORM MIGRATIONS ==========
CREATE TABLE PLATFORM.[SYSTEM_SETTING] (
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    SETTING_KEY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
-- Primary key declared as a table constraint.
CREATE TABLE {schema_name}.[HEALTH_PLAN] (
    ID INT NOT NULL IDENTITY(1,1),
    PLAN_NAME NVARCHAR(255) NOT NULL,
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL,
    CONSTRAINT PK_HEALTH_PLAN PRIMARY KEY CLUSTERED (ID)
);

-- Spacing, brackets and CLUSTERED do not change the meaning.
CREATE TABLE {schema_name}.[REBATE_CONTRACT] (
    [ID] INT NOT NULL IDENTITY (1, 1) PRIMARY KEY CLUSTERED,
    HEALTH_PLAN_ID INT NOT NULL FOREIGN KEY REFERENCES {schema_name}.[HEALTH_PLAN](ID),
    CREATED_BY NVARCHAR(100) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),
    UPDATED_BY NVARCHAR(100) NULL,
    UPDATED_AT DATETIME2 NULL
);

-- Lower-case keywords.
create table {schema_name}.[VBC_PARTICIPANT] (
    ID int not null identity(1,1) primary key,
    MEMBER_NAME nvarchar(255) not null,
    CREATED_BY nvarchar(100) not null,
    CREATED_AT datetime2 not null default sysdatetime(),
    UPDATED_BY nvarchar(100) null,
    UPDATED_AT datetime2 null
);

-- Scratch tables used while backfilling are not part of the schema.
CREATE TABLE #PARTICIPANT_STAGING (
    MEMBER_NAME NVARCHAR(255) NOT NULL
);
DECLARE @CONTRACT_MAP TABLE (
    OLD_CODE NVARCHAR(50) NOT NULL,
    NEW_ID INT NOT NULL
);

-- Altering an existing table is not a CREATE TABLE.
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD ATTRIBUTION_SOURCE NVARCHAR(50) NULL;

-- CREATE TABLE (CODE NVARCHAR(50)) in a comment is not a statement.
