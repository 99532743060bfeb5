-- path: migrations/88_create_allergies.up.sql
-- @1:1-1:1 file-name-format
CREATE TABLE IF NOT EXISTS allergies (id UUID PRIMARY KEY);
