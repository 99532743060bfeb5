-- path: db/migrations/003_add_example_rollback.sql
DROP INDEX IF EXISTS core.idx_customers_name;
