-- path: supabase/migrations/20260201090000_touch.sql
CREATE OR REPLACE FUNCTION public.touch_updated_at()
-- @2:1-2:40 idempotent-ddl
RETURNS TRIGGER AS $$
BEGIN
  NEW.updated_at = NOW();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE VIEW public.open_cases AS SELECT 1 AS id;
-- @11:1-11:30 idempotent-ddl
CREATE MATERIALIZED VIEW IF NOT EXISTS public.case_counts AS SELECT 1 AS n;
-- @13:1-13:44 idempotent-ddl
