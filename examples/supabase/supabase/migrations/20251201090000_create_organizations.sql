-- Migration: Organizations, memberships and roles
-- Created: 2025-12-01
-- Author: Platform Team

-- Types
DO $$
BEGIN
  CREATE TYPE public.user_role AS ENUM ('patient', 'clinician', 'nurse', 'admin');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

-- Tables
CREATE TABLE IF NOT EXISTS public.organizations (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS public.user_org_membership (
  user_id UUID NOT NULL REFERENCES auth.users(id) ON DELETE CASCADE,
  organization_id UUID NOT NULL REFERENCES public.organizations(id) ON DELETE CASCADE,
  role public.user_role NOT NULL DEFAULT 'patient',
  is_active BOOLEAN NOT NULL DEFAULT true,
  PRIMARY KEY (user_id, organization_id)
);

CREATE INDEX IF NOT EXISTS idx_user_org_membership_org
  ON public.user_org_membership(organization_id);

-- RLS
ALTER TABLE public.organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_org_membership ENABLE ROW LEVEL SECURITY;

-- Helper functions
CREATE OR REPLACE FUNCTION public.is_member_of_org(org_id UUID)
RETURNS BOOLEAN AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM public.user_org_membership
    WHERE organization_id = org_id AND user_id = auth.uid() AND is_active
  );
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;

-- Policies
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_policies
    WHERE tablename = 'organizations'
    AND policyname = 'Members can view their organizations'
  ) THEN
    CREATE POLICY "Members can view their organizations"
      ON public.organizations
      FOR SELECT
      USING (public.is_member_of_org(id));
  END IF;
END $$;
