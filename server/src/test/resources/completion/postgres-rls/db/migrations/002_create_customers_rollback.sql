DROP TABLE IF EXISTS core.customers;
