-- ========== PLATFORM MIGRATIONS ==========
INSERT INTO PLATFORM.ROLES (NAME) VALUES ('Claims Auditor');

INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Payer Analyst'), 'PAYER_ANALYSIS.VIEW'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'payer analyst'), 'HEALTH_PLAN.VIEW'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Claims Auditor'), 'HEALTH_PLAN.VIEW'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Manufacturer RebateIQ Admin'), 'REBATE_CONTRACT.EDIT'),
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'VBC_CONFIGURATION'),
--                                                            ^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'VIEW_ALL_ORGANIZATIONS'),
--                                                               ^^^^^^^^^^^^^^^^^^^^^^ permission-name-format
((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Security Admin'), 'HEALTH_PLAN.EDIT');
