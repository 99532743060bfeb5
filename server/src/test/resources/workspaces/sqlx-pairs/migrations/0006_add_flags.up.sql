-- @1:1-1:1 sequence-gap
ALTER TABLE patients ADD COLUMN IF NOT EXISTS flagged BOOLEAN NOT NULL DEFAULT false;
