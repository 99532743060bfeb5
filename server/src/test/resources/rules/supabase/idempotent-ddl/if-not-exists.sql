-- path: supabase/migrations/20260201090000_add_shipments.sql
CREATE SCHEMA private;
-- @2:1-2:22 idempotent-ddl
CREATE EXTENSION "uuid-ossp";
-- @4:1-4:29 idempotent-ddl
CREATE TABLE public.device_shipments (
-- @6:1-6:37 idempotent-ddl
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  status TEXT NOT NULL
);
CREATE UNIQUE INDEX idx_device_shipments_status ON public.device_shipments (status);
-- @11:1-11:75 idempotent-ddl
CREATE INDEX CONCURRENTLY idx_device_shipments_id ON public.device_shipments (id);
-- @13:1-13:77 idempotent-ddl
ALTER TABLE public.device_shipments ADD COLUMN carrier TEXT, ADD tracking_code TEXT;
-- @15:37-15:60 idempotent-ddl
-- @15:62-15:84 idempotent-ddl
CREATE SEQUENCE public.shipment_numbers;
-- @18:1-18:40 idempotent-ddl
ALTER TABLE public.device_shipments ENABLE ROW LEVEL SECURITY;
