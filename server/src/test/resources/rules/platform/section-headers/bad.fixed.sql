-- Payer code on health plans and a rebate-tier permission, written without any section header.
-- ========== PLATFORM MIGRATIONS ==========
   INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
   ((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_TIER.VIEW');

-- ========== TENANT MIGRATIONS ==========
-- NOTE: Make sure app/tenant/tables.py is in sync
   ALTER TABLE {schema_name}.[HEALTH_PLAN] ADD PAYER_CODE NVARCHAR(50) NULL;
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ section-headers
   ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD PAYER_CODE NVARCHAR(50) NULL;
