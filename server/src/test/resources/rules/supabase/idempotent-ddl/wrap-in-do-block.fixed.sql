-- path: supabase/migrations/20260201090000_sleep_policies.sql
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_policies
    WHERE tablename = 'sleep_assessments'
    AND policyname = 'Users can view own assessments'
  ) THEN
    CREATE POLICY "Users can view own assessments"
    -- @2:1-2:47 idempotent-ddl
      ON public.sleep_assessments
      FOR SELECT
      USING (auth.uid() = user_id);
  END IF;
END $$;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_trigger
    WHERE tgname = 'set_updated_at'
    AND tgrelid = 'public.sleep_assessments'::regclass
  ) THEN
    CREATE TRIGGER set_updated_at
    -- @8:1-8:30 idempotent-ddl
      BEFORE UPDATE ON public.sleep_assessments
      FOR EACH ROW
      EXECUTE FUNCTION update_updated_at();
  END IF;
END $$;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_type
    WHERE typname = 'shipment_status'
    AND typnamespace = 'public'::regnamespace
  ) THEN
    CREATE TYPE public.shipment_status AS ENUM ('pending', 'shipped', 'delivered');
  END IF;
END $$;
-- @14:1-14:35 idempotent-ddl

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_constraint
    WHERE conname = 'fk_user'
    AND conrelid = 'public.sleep_assessments'::regclass
  ) THEN
    ALTER TABLE public.sleep_assessments
      ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;
  END IF;
END $$;
-- @18:3-18:25 idempotent-ddl
