-- @1:1-1:1 file-name-format
ALTER TABLE public.assessments ADD COLUMN IF NOT EXISTS d TEXT;
