-- path: supabase/migrations/20260201090000_add_tables.sql
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'support_cases') THEN
    CREATE TABLE public.support_cases (id UUID PRIMARY KEY);
    ALTER TABLE public.support_cases ENABLE ROW LEVEL SECURITY;
--               ^^^^^^^^^^^^^^^^^^^^ rls-required
  END IF;
END $$;
