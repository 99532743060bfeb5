CREATE TABLE IF NOT EXISTS allergies (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    severity VARCHAR(50) NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe', 'life-threatening')),
    status TEXT NOT NULL,
    visit_type TEXT,
    CONSTRAINT chk_visit_type CHECK (visit_type = ANY (ARRAY['in_person', 'video']))
);

-- A constraint added in the same migration counts.
ALTER TABLE allergies ADD CONSTRAINT chk_status CHECK (status IN ('active', 'resolved'));

-- Not text (an enum type, a number) or not enum-like by name.
CREATE TABLE IF NOT EXISTS visits (
    id UUID PRIMARY KEY,
    kind visit_kind NOT NULL,
    level INT NOT NULL,
    notes TEXT,
    statuses_json JSONB
);
