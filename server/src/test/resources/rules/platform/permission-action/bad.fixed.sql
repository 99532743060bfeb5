-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_CONTRACT.VIEW'),
--                                                                            ^^^^ permission-action
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_CONTRACT.EDIT'),
--                                                                            ^^^^^^ permission-action
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.VIEW'),
--                                                                        ^^^^ permission-action
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'VBC_PARTICIPANT.DELETE');
--                                                                               ^^^^^^ permission-action
