-- New on this branch: not on main, so free to change.
ALTER TABLE public.organizations ADD COLUMN IF NOT EXISTS slug TEXT;
