-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'VBC_ATTRIBUTION.VIEW');
   ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD ATTRIBUTION_SOURCE NVARCHAR(100) NULL;
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section
   CREATE INDEX IDX_VBC_PARTICIPANT_ATTRIBUTION_SOURCE ON {schema_name}.[VBC_PARTICIPANT](ATTRIBUTION_SOURCE);
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
ALTER TABLE {schema_name}.[VBC_PARTICIPANT] ADD ATTRIBUTION_DATE DATETIME2 NULL;
   ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section
   DROP INDEX IF EXISTS IDX_ORGANIZATIONS_LEGACY_CODE ON PLATFORM.[ORGANIZATIONS];
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement-in-wrong-section
