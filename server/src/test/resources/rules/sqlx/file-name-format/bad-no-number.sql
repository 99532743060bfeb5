-- path: migrations/create_allergies.down.sql
-- @1:1-1:1 file-name-format
DROP TABLE IF EXISTS allergies;
