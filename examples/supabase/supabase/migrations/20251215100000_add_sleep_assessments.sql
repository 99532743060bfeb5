-- Migration: Add sleep assessment funnel
-- Created: 2025-12-15
-- Author: Funnels Team

-- Tables
CREATE TABLE IF NOT EXISTS public.patient_profiles (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES auth.users(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS public.sleep_assessments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES auth.users(id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  score INTEGER CHECK (score >= 0 AND score <= 100)
);

-- Indexes
CREATE INDEX IF NOT EXISTS idx_sleep_assessments_user_id
  ON public.sleep_assessments(user_id);

-- RLS
ALTER TABLE public.patient_profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.sleep_assessments ENABLE ROW LEVEL SECURITY;

-- Policies (use DO block for idempotency)
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
END $$;
