DROP TABLE IF EXISTS removed;
-- @1:1-1:30 down-migration
