-- path: db/seeds/Seed Data.sql
INSERT INTO core.tenants (name) VALUES ('demo');
