-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.VIEW'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.EDIT'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'HEALTH_PLAN.VIEW'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.VIEW'),
--                                                            ^^^^^^^^^^^^^^^^ duplicate-permission
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'HEALTH_PLAN.EDIT');

-- a second insert repeating a grant of the first one
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.EDIT'),
--                                                            ^^^^^^^^^^^^^^^^ duplicate-permission
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.DELETE');
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'super admin'), 'HEALTH_PLAN.DELETE'),
--                                                            ^^^^^^^^^^^^^^^^^^ duplicate-permission
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.CREATE');
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'HEALTH_PLAN.VIEW');
--                                                               ^^^^^^^^^^^^^^^^ duplicate-permission
