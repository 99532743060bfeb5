-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'health_plan.edit'),
--                                                            ^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN_DELETE'),
--                                                            ^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'VIEW_REBATE_CONTRACT'),
--                                                            ^^^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'Rebate GTN Modelling View'),
--                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'REBATE.GTN.MODELLING'),
--                                                               ^^^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'VBC_CONFIGURATION');
--                                                               ^^^^^^^^^^^^^^^^^ permission-name-format
