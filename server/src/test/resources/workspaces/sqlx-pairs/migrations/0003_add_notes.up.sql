CREATE TABLE IF NOT EXISTS notes (
-- @1:1-1:35 down-migration
-- @1:1-1:1 sequence-duplicate
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    patient_id UUID NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    body TEXT NOT NULL
);

CREATE INDEX idx_notes_patient_id ON notes(patient_id);
ALTER TABLE patients ADD COLUMN IF NOT EXISTS note_count INT NOT NULL DEFAULT 0;
