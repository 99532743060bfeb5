CREATE TABLE IF NOT EXISTS visits (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id UUID NOT NULL REFERENCES patients(id),
    started_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX idx_visits_patient_id ON visits(patient_id);
CREATE INDEX IF NOT EXISTS idx_patients_mrn ON patients (mrn);
-- @8:1-8:56 down-reverses-up
ALTER TABLE patients ADD COLUMN IF NOT EXISTS last_visit_at TIMESTAMPTZ, ALTER COLUMN mrn TYPE VARCHAR(64);
--                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ down-reverses-up
