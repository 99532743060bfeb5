-- path: supabase/migrations/20240229235959_add_sleep_funnel.sql
-- A leap day at the last second of the day is a real timestamp.
SELECT 1;
