-- Migration: Device shipments
-- Created: 2026-01-05
-- Author: Devices Team
--
-- Deliberately wrong, to show what the supabase rules report (`check examples/supabase`).

CREATE TYPE public.shipment_status AS ENUM ('pending', 'shipped', 'delivered');

CREATE TABLE public.device_shipments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_profile_id UUID NOT NULL REFERENCES public.patient_profiles(id),
  status public.shipment_status NOT NULL DEFAULT 'pending',
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_device_shipments_patient ON public.device_shipments(patient_profile_id);

CREATE POLICY "Patients can view own shipments"
  ON public.device_shipments
  FOR SELECT
  USING (patient_profile_id IN (SELECT id FROM public.patient_profiles WHERE user_id = auth.uid()));

-- Backfill from the old table
INSERT INTO public.device_shipments (patient_profile_id, status)
SELECT patient_profile_id, 'delivered' FROM public.legacy_assessments;
