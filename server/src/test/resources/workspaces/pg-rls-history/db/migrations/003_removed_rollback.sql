DROP TABLE IF EXISTS core.removed CASCADE;
-- @1:1-1:43 rollback-script
