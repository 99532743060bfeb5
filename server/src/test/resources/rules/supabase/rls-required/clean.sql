-- path: supabase/migrations/20260201090000_add_tables.sql
CREATE TABLE IF NOT EXISTS public.sleep_assessments (id UUID PRIMARY KEY);
CREATE TABLE IF NOT EXISTS Device_Shipments (id UUID PRIMARY KEY);
-- Other schemas and temporary tables are not served by the API.
CREATE TABLE IF NOT EXISTS private.audit_log (id UUID PRIMARY KEY);
CREATE TEMP TABLE staging_rows (id UUID);

ALTER TABLE IF EXISTS public.sleep_assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE device_shipments ENABLE ROW LEVEL SECURITY;
