DROP TABLE IF EXISTS visits;
-- @1:1-1:1 file-name-format
