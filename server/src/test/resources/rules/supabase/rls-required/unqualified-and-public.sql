-- path: supabase/migrations/20260201090000_add_tables.sql
CREATE TABLE IF NOT EXISTS public.sleep_assessments (
--                         ^^^^^^^^^^^^^^^^^^^^^^^^ rls-required
  id UUID PRIMARY KEY DEFAULT gen_random_uuid()
); -- the sleep scores

CREATE TABLE IF NOT EXISTS device_shipments (id UUID PRIMARY KEY);
--                         ^^^^^^^^^^^^^^^^ rls-required
