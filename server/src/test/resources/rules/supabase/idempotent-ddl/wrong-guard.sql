-- path: supabase/migrations/20260201090000_sleep_policies.sql
-- A DO block whose guard checks the wrong catalog does not make the policy idempotent: no automatic fix.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'x') THEN
    CREATE POLICY "Users can view own assessments" ON public.sleep_assessments FOR SELECT USING (true);
-- @6:5-6:51 idempotent-ddl
  END IF;
  IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'sleep_assessments') THEN
    CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.sleep_assessments
-- @10:5-10:34 idempotent-ddl
      FOR EACH ROW EXECUTE FUNCTION update_updated_at();
  END IF;
  CREATE INDEX idx_sleep_user ON public.sleep_assessments (user_id);
-- @14:3-14:58 idempotent-ddl
END $$;
