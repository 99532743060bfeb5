-- The next second is taken: a fix for feature_a or feature_b moves on to ...002.
ALTER TABLE public.assessments ADD COLUMN IF NOT EXISTS c TEXT;
