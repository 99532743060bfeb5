-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admn'), 'HEALTH_PLAN.EDIT'),
--                                            ^^^^^^^^^^ unknown-role
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.VIEW'),
--                                                            ^^^^^^^^^^^^^^^^ duplicate-permission
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'PAYER_REPORT.VIEW'),
--                                                               ^^^^^^^^^^^^^^^^^ permission-not-in-constants
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'PAYER_REPORT.VIEW'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'PAYER_EXPORT'),
--                                                            ^^^^^^^^^^^^ permission-name-format
--                                                            ^^^^^^^^^^^^ permission-not-in-constants
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'HEALTH_PLAN.EDIT');
--                                                               ^^^^^^^^^^^^^^^^ duplicate-permission
