-- path: supabase/migrations/20250230120000_add_sleep_funnel.sql
-- @1:1-1:1 file-name-format
SELECT 1;
