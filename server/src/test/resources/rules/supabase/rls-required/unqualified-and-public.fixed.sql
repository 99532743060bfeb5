-- path: supabase/migrations/20260201090000_add_tables.sql
CREATE TABLE IF NOT EXISTS public.sleep_assessments (
--                         ^^^^^^^^^^^^^^^^^^^^^^^^ rls-required
  id UUID PRIMARY KEY DEFAULT gen_random_uuid()
); -- the sleep scores

ALTER TABLE public.sleep_assessments ENABLE ROW LEVEL SECURITY;

CREATE TABLE IF NOT EXISTS device_shipments (id UUID PRIMARY KEY);

ALTER TABLE device_shipments ENABLE ROW LEVEL SECURITY;
--                         ^^^^^^^^^^^^^^^^ rls-required
