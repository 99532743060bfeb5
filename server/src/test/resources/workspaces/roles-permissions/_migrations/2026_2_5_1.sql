-- ========== PLATFORM MIGRATIONS ==========
-- The grant runs before the role exists: the runner executes the statements in order.
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Rebate Reviewer'), 'HEALTH_PLAN.VIEW');
--                                            ^^^^^^^^^^^^^^^ unknown-role
INSERT INTO PLATFORM.ROLES (NAME) VALUES ('Rebate Reviewer');
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Rebate Reviewer'), 'REBATE_CONTRACT.VIEW');
