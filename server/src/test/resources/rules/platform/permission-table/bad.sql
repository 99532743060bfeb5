-- ========== PLATFORM MIGRATIONS ==========
   CREATE TABLE PLATFORM.[PERMISSIONS] (
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ permission-table
    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
    NAME NVARCHAR(255) NOT NULL,
    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()
);
INSERT INTO PLATFORM.[PERMISSIONS] (NAME) VALUES ('HEALTH_PLAN.EXPORT');
--          ^^^^^^^^^^^^^^^^^^^^^^ permission-table
INSERT INTO PLATFORM.USER_PERMISSION (USER_ID, PERMISSION_NAME) VALUES (42, 'REBATE_CONTRACT.VIEW');
--          ^^^^^^^^^^^^^^^^^^^^^^^^ permission-table
INSERT INTO PLATFORM.ROLE_PERMISSION VALUES
--          ^^^^^^^^^^^^^^^^^^^^^^^^ permission-table
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'VBC_PARTICIPANT.VIEW');
INSERT INTO PLATFORM.ROLE_PERMISSION (PERMISSION_NAME) VALUES ('VBC_PARTICIPANT.EDIT');
--          ^^^^^^^^^^^^^^^^^^^^^^^^ permission-table
