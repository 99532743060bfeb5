-- "tables" is unreadable: manifest-table says nothing rather than flag every table.
CREATE TABLE IF NOT EXISTS public.anything (id UUID PRIMARY KEY, kind shipment_status);
ALTER TABLE public.anything ENABLE ROW LEVEL SECURITY;
DO $$ BEGIN
  CREATE TYPE shipment_kind AS ENUM ('box');
--            ^^^^^^^^^^^^^ manifest-enum
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
SELECT legacy_fn() FROM old_table;
--     ^^^^^^^^^ deprecated-object
--                      ^^^^^^^^^ deprecated-object
