-- @1:1-1:1 timestamp-conflict
ALTER TABLE public.assessments ADD COLUMN IF NOT EXISTS b TEXT;
