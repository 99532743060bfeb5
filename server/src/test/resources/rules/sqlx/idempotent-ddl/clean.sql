CREATE TABLE IF NOT EXISTS allergies (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id UUID NOT NULL REFERENCES patients(id),
    allergen VARCHAR(255) NOT NULL
);

-- An index on a table this migration creates belongs to that creation (the document's own example).
CREATE INDEX idx_allergies_patient_id ON allergies(patient_id);
ALTER TABLE allergies ADD COLUMN reaction TEXT;

CREATE INDEX IF NOT EXISTS idx_patients_mrn ON patients (mrn);
CREATE SCHEMA IF NOT EXISTS billing;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
DROP TABLE IF EXISTS legacy_visits;
DROP INDEX CONCURRENTLY IF EXISTS idx_old;
DROP POLICY IF EXISTS patients_by_clinic ON patients;
ALTER TABLE patients ADD COLUMN IF NOT EXISTS blood_type TEXT, DROP COLUMN IF EXISTS legacy_id;

-- Kinds without IF NOT EXISTS in Postgres, and an unnamed index (which cannot take it).
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TYPE visit_kind AS ENUM ('in_person', 'video');
CREATE POLICY patients_by_clinic ON patients USING (clinic_id = current_setting('app.clinic_id')::uuid);
CREATE INDEX ON patients (created_at);
DROP OWNED BY legacy_role;
