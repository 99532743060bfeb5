CREATE TABLE IF NOT EXISTS members (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id UUID NOT NULL REFERENCES public.organizations(id),
  role TEXT NOT NULL DEFAULT 'member'
);

ALTER TABLE public.members ENABLE ROW LEVEL SECURITY;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_policies
    WHERE tablename = 'members'
    AND policyname = 'Members see their organization'
  ) THEN
    CREATE POLICY "Members see their organization"
      ON public.members
      FOR SELECT
      USING (auth.uid() = id);
  END IF;
END $$;
