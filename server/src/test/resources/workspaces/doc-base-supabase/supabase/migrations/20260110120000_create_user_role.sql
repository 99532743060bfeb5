-- Migration: user roles
-- Created: 2026-01-10

DO $$
BEGIN
  CREATE TYPE public.user_role AS ENUM ('patient', 'clinician', 'admin');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

ALTER TABLE public.profiles ADD COLUMN IF NOT EXISTS role public.user_role NOT NULL DEFAULT 'patient';
