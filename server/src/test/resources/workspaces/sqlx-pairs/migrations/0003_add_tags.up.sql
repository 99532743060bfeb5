-- @1:1-1:1 sequence-duplicate
CREATE TABLE IF NOT EXISTS tags (id UUID PRIMARY KEY, label TEXT NOT NULL);
