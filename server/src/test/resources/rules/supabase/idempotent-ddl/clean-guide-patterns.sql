-- path: supabase/migrations/20260201090000_sleep.sql
-- The guide's own idempotency patterns, and the other idioms that are idempotent too.
CREATE TABLE IF NOT EXISTS public.sleep_assessments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES auth.users(id),
  updated_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS idx_sleep_assessments_user_id ON public.sleep_assessments(user_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_sleep_assessments_updated ON public.sleep_assessments(updated_at);
ALTER TABLE public.sleep_assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.sleep_assessments ADD COLUMN IF NOT EXISTS score INTEGER;
CREATE SCHEMA IF NOT EXISTS private;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE OR REPLACE VIEW public.sleep_view AS SELECT 1 AS id;

CREATE OR REPLACE FUNCTION update_updated_at()
RETURNS TRIGGER AS $$
BEGIN
  NEW.updated_at = NOW();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_policies
    WHERE tablename = 'sleep_assessments'
    AND policyname = 'Users can view own assessments'
  ) THEN
    CREATE POLICY "Users can view own assessments"
      ON public.sleep_assessments
      FOR SELECT
      USING (auth.uid() = user_id);
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM pg_trigger
    WHERE tgname = 'set_updated_at'
    AND tgrelid = 'public.sleep_assessments'::regclass
  ) THEN
    CREATE TRIGGER set_updated_at
      BEFORE UPDATE ON public.sleep_assessments
      FOR EACH ROW
      EXECUTE FUNCTION update_updated_at();
  END IF;
  IF EXISTS (
    SELECT 1 FROM information_schema.tables
    WHERE table_schema = 'auth'
    AND table_name = 'users'
  ) THEN
    ALTER TABLE public.sleep_assessments
      ADD CONSTRAINT fk_user
      FOREIGN KEY (user_id)
      REFERENCES auth.users(id)
      ON DELETE CASCADE;
  END IF;
END $$;

-- IF EXISTS ... ELSE: the ELSE branch runs when the policy does not exist.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'Staff can view') THEN
    RAISE NOTICE 'policy exists';
  ELSE
    CREATE POLICY "Staff can view" ON public.sleep_assessments FOR SELECT USING (true);
  END IF;
END $$;

-- Drop first, then create.
DROP POLICY IF EXISTS "Admins can update" ON public.sleep_assessments;
CREATE POLICY "Admins can update" ON public.sleep_assessments FOR UPDATE USING (true);
DROP TRIGGER IF EXISTS touch ON public.sleep_assessments;
CREATE TRIGGER touch BEFORE UPDATE ON public.sleep_assessments FOR EACH ROW EXECUTE FUNCTION update_updated_at();
CREATE OR REPLACE TRIGGER touch2 BEFORE UPDATE ON public.sleep_assessments FOR EACH ROW EXECUTE FUNCTION update_updated_at();
ALTER TABLE public.sleep_assessments DROP CONSTRAINT IF EXISTS sleep_score_range;
ALTER TABLE public.sleep_assessments ADD CONSTRAINT sleep_score_range CHECK (score BETWEEN 0 AND 100);
ALTER TABLE public.sleep_assessments
  DROP CONSTRAINT IF EXISTS sleep_user_unique,
  ADD CONSTRAINT sleep_user_unique UNIQUE (user_id);

-- Types: the duplicate_object handler, or a pg_type check.
DO $$
BEGIN
  CREATE TYPE public.sleep_quality AS ENUM ('poor', 'fair', 'good');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'sleep_phase') THEN
    CREATE TYPE sleep_phase AS ENUM ('light', 'deep', 'rem');
  END IF;
END $$;

-- Temporary tables live for the session only.
CREATE TEMP TABLE staging_scores (id UUID);
