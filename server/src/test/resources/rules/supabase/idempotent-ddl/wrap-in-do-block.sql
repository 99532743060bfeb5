-- path: supabase/migrations/20260201090000_sleep_policies.sql
CREATE POLICY "Users can view own assessments"
-- @2:1-2:47 idempotent-ddl
  ON public.sleep_assessments
  FOR SELECT
  USING (auth.uid() = user_id);

CREATE TRIGGER set_updated_at
-- @8:1-8:30 idempotent-ddl
  BEFORE UPDATE ON public.sleep_assessments
  FOR EACH ROW
  EXECUTE FUNCTION update_updated_at();

CREATE TYPE public.shipment_status AS ENUM ('pending', 'shipped', 'delivered');
-- @14:1-14:35 idempotent-ddl

ALTER TABLE public.sleep_assessments
  ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;
-- @18:3-18:25 idempotent-ddl
