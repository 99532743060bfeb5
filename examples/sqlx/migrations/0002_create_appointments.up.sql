CREATE TABLE IF NOT EXISTS appointments (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id UUID NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    status VARCHAR(20) NOT NULL CHECK (status IN ('booked', 'completed', 'cancelled')),
    starts_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX idx_appointments_patient_id ON appointments(patient_id);
