-- path: supabase/migrations/20251330164500_add_sleep_funnel.sql
-- @1:1-1:1 file-name-format
SELECT 1;
