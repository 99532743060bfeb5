-- migration: 003_add_example.sql
-- description: the Migration line may name the file with its extension
-- author: n.zaher
-- date: 2026-01-07
CREATE INDEX CONCURRENTLY idx_customers_name ON core.customers(name);
