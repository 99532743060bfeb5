-- path: supabase/migrations/2025-12-30_164500_Add-Sleep-Funnel.sql
-- @1:1-1:1 file-name-format
CREATE TABLE IF NOT EXISTS public.sleep_assessments (id UUID PRIMARY KEY);
ALTER TABLE public.sleep_assessments ENABLE ROW LEVEL SECURITY;
