CREATE TABLE IF NOT EXISTS allergies (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id UUID NOT NULL REFERENCES patients(id),
    allergen VARCHAR(255) NOT NULL
);

CREATE INDEX idx_allergies_patient_id ON allergies(patient_id);

-- The primary key or a unique constraint that leads with the key covers it.
CREATE TABLE IF NOT EXISTS patient_clinics (
    patient_id UUID NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    clinic_id UUID NOT NULL REFERENCES clinics(id),
    PRIMARY KEY (patient_id, clinic_id),
    UNIQUE (clinic_id, patient_id)
);
CREATE TABLE IF NOT EXISTS profiles (
    user_id UUID PRIMARY KEY REFERENCES users(id),
    email_id UUID UNIQUE REFERENCES emails(id)
);

-- A composite key with an index on both columns, in either order.
ALTER TABLE visits ADD CONSTRAINT fk_visits_slot FOREIGN KEY (clinic_id, slot_no) REFERENCES slots(clinic_id, slot_no);
CREATE INDEX IF NOT EXISTS idx_visits_slot ON visits (slot_no, clinic_id, started_at);
