-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_CONTRACT.VEIW'),
--                                                                            ^^^^ permission-action
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'REBATE_CONTRACT.UPDATE'),
--                                                                            ^^^^^^ permission-action
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'HEALTH_PLAN.READ'),
--                                                                        ^^^^ permission-action
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'VBC_PARTICIPANT.REMOVE');
--                                                                               ^^^^^^ permission-action
