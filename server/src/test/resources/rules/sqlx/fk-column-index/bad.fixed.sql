CREATE TABLE IF NOT EXISTS allergies (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id UUID NOT NULL REFERENCES patients(id),
--                           ^^^^^^^^^^^^^^^^^^^^^^^ fk-column-index
    allergen VARCHAR(255) NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_allergies_patient_id ON allergies (patient_id);

-- An index that starts with another column does not cover the key.
ALTER TABLE visits ADD CONSTRAINT fk_visits_clinic FOREIGN KEY (clinic_id) REFERENCES clinics(id);
CREATE INDEX IF NOT EXISTS idx_visits_clinic_id ON visits (clinic_id);
--                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ fk-column-index
CREATE INDEX IF NOT EXISTS idx_visits_started_clinic ON visits (started_at, clinic_id);
