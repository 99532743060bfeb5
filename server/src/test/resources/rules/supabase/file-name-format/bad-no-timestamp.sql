-- path: supabase/migrations/add_sleep_funnel.sql
-- @1:1-1:1 file-name-format
SELECT 1;
