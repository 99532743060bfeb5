ALTER TABLE patients DROP COLUMN IF EXISTS last_visit_at;
DROP INDEX IF EXISTS idx_patients_created_at;
-- @2:1-2:45 down-reverses-up
DROP TABLE IF EXISTS visits;
