CREATE TABLE IF NOT EXISTS public.sleep_scores (
--                         ^^^^^^^^^^^^^^^^^^^ manifest-table
  id UUID PRIMARY KEY,
  assessment_id UUID REFERENCES public.assessments(id),
  state assessment_state
--      ^^^^^^^^^^^^^^^^ deprecated-object
);
ALTER TABLE public.sleep_scores ENABLE ROW LEVEL SECURITY;
--          ^^^^^^^^^^^^^^^^^^^ manifest-table

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'sleep_quality') THEN
    CREATE TYPE sleep_quality AS ENUM ('poor', 'good');
--              ^^^^^^^^^^^^^ manifest-enum
  END IF;
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'funnel_steps') THEN
    ALTER TABLE public.funnel_steps ADD COLUMN position INTEGER;
--              ^^^^^^^^^^^^^^^^^^^ manifest-table
  END IF;
END $$;

ALTER TYPE shipment_state ADD VALUE 'lost';
--         ^^^^^^^^^^^^^^ manifest-enum

INSERT INTO legacy_notes (id, body) VALUES (gen_random_uuid(), 'x');
--          ^^^^^^^^^^^^ deprecated-object
--                            ^^^^ deprecated-object
SELECT public.old_score(id), 'open'::assessment_state FROM public.assessments;
--     ^^^^^^^^^^^^^^^^ deprecated-object
--                                   ^^^^^^^^^^^^^^^^ deprecated-object
