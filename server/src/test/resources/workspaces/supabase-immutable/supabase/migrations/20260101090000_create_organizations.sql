CREATE TABLE IF NOT EXISTS public.organizations (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name TEXT NOT NULL,
-- @3:1-3:22 migration-immutable
  slug TEXT
);

ALTER TABLE public.organizations ENABLE ROW LEVEL SECURITY;
