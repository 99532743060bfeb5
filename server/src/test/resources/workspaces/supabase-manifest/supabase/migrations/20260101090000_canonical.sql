-- Only canonical objects: no finding from the manifest rules.
CREATE TABLE IF NOT EXISTS public.assessments (id UUID PRIMARY KEY, score INTEGER);
CREATE TABLE IF NOT EXISTS Device_Shipments (id UUID PRIMARY KEY, status shipment_status);
CREATE TABLE IF NOT EXISTS billing.invoices (id UUID PRIMARY KEY);
ALTER TABLE public.assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE device_shipments ENABLE ROW LEVEL SECURITY;
ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'nurse';
-- Supabase's own schemas and temporary tables are outside the manifest.
ALTER TABLE auth.users ADD COLUMN IF NOT EXISTS nickname TEXT;
CREATE TEMP TABLE staging (id UUID);
-- Dropping deprecated objects is the clean-up, not a use.
ALTER TABLE legacy_notes DROP COLUMN IF EXISTS body;
DROP TABLE IF EXISTS public.legacy_notes;
DROP FUNCTION IF EXISTS public.old_score(UUID);
DROP TYPE IF EXISTS assessment_state;
