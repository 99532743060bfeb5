-- path: migrations/0088_create_allergies.down.sql
DROP TABLE IF EXISTS allergies;
