CREATE TABLE IF NOT EXISTS allergies (id UUID PRIMARY KEY, allergen VARCHAR(255) NOT NULL);
-- @1:1-1:23 idempotent-ddl
CREATE INDEX IF NOT EXISTS idx_patients_mrn ON patients (mrn);
-- @3:1-3:42 idempotent-ddl
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_patients_email ON patients (email);
-- @5:1-5:63 idempotent-ddl
CREATE SCHEMA IF NOT EXISTS billing;
-- @7:1-7:22 idempotent-ddl
CREATE EXTENSION IF NOT EXISTS pgcrypto;
-- @9:1-9:26 idempotent-ddl
CREATE SEQUENCE IF NOT EXISTS invoice_numbers;
-- @11:1-11:32 idempotent-ddl
DROP TABLE IF EXISTS legacy_visits;
-- @13:1-13:25 idempotent-ddl
DROP INDEX CONCURRENTLY IF EXISTS idx_old;
-- @15:1-15:32 idempotent-ddl
DROP MATERIALIZED VIEW IF EXISTS patient_stats;
-- @17:1-17:37 idempotent-ddl
DROP POLICY IF EXISTS patients_by_clinic ON patients;
-- @19:1-19:43 idempotent-ddl
DROP TYPE IF EXISTS visit_kind;
-- @21:1-21:21 idempotent-ddl
ALTER TABLE patients ADD COLUMN IF NOT EXISTS blood_type TEXT;
--                   ^^^^^^^^^^ idempotent-ddl
ALTER TABLE patients ADD COLUMN IF NOT EXISTS allergy_count INT, DROP COLUMN IF EXISTS legacy_id, DROP CONSTRAINT IF EXISTS fk_old;
--                   ^^^ idempotent-ddl
--                                          ^^^^^^^^^^^ idempotent-ddl
--                                                                 ^^^^^^^^^^^^^^^ idempotent-ddl
