CREATE TABLE IF NOT EXISTS visits (id UUID PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL);
-- @1:1-1:1 file-name-format
