-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.EDIT'),
--                                                            ^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.DELETE'),
--                                                            ^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_CONTRACT.VIEW'),
--                                                            ^^^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_GTN_MODELLING.VIEW'),
--                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'REBATE.GTN.MODELLING'),
--                                                               ^^^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'VBC_CONFIGURATION');
--                                                               ^^^^^^^^^^^^^^^^^ permission-name-format
