DELETE FROM core.sessions WHERE expires_at < NOW();
DELETE FROM core.sessions WHERE id IN (SELECT id FROM core.sessions LIMIT 10);
UPDATE core.customers SET name = trim(name) WHERE name <> trim(name);
ALTER TABLE core.customers ALTER COLUMN name SET NOT NULL;
ALTER TABLE core.customers ALTER COLUMN name SET DEFAULT 'unknown';

-- Reviewed and approved: the marker records it.
-- migration-lsp: disable=dangerous-operation
DROP TABLE IF EXISTS core.legacy_orders;

-- A table this migration creates holds no data yet.
CREATE TABLE core.scratch (id UUID PRIMARY KEY, note TEXT);
ALTER TABLE core.scratch DROP COLUMN note;
TRUNCATE core.scratch;
DROP TABLE core.scratch;
