-- path: supabase/seed.sql
-- Seed data is not a migration: its name is free.
INSERT INTO public.organizations (name) VALUES ('Demo');
