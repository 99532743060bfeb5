-- Only platform changes: the tenant section is omitted, the platform header is kept.
-- ========== PLATFORM MIGRATIONS ==========
ALTER TABLE PLATFORM.[USERS] ADD LAST_LOGIN_AT DATETIME2 NULL;
/* ========== TENANT MIGRATIONS ========== would only be needed with tenant statements */
