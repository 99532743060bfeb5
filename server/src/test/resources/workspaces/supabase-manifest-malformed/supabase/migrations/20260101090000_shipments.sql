CREATE TABLE public.device_shipments (id UUID PRIMARY KEY);
-- @1:1-1:37 idempotent-ddl
-- @1:14-1:37 rls-required
CREATE TYPE shipment_status AS ENUM ('pending', 'shipped');
-- @4:1-4:28 idempotent-ddl
