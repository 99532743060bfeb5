-- path: migrations/0088_create_allergies.up.sql
CREATE TABLE IF NOT EXISTS allergies (id UUID PRIMARY KEY);
