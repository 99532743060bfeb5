DROP TABLE IF EXISTS core.legacy_orders;
-- @1:1-1:40 dangerous-operation
ALTER TABLE core.customers DROP COLUMN legacy_code;
--                         ^^^^^^^^^^^^^^^^^^^^^^^ dangerous-operation
ALTER TABLE core.customers ALTER COLUMN name TYPE TEXT;
--                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^ dangerous-operation
ALTER TABLE core.customers ALTER name SET DATA TYPE VARCHAR(50) USING left(name, 50);
--                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dangerous-operation
DELETE FROM core.sessions;
-- @9:1-9:26 dangerous-operation
DELETE FROM core.sessions s USING core.customers c;
-- @11:1-11:26 dangerous-operation
TRUNCATE TABLE core.audit_log;
-- @13:1-13:30 dangerous-operation
