DROP TABLE IF EXISTS core.tenants;
