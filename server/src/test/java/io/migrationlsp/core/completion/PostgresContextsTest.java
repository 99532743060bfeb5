package io.migrationlsp.core.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrationlsp.core.completion.CompletionContext.Kind;
import io.migrationlsp.core.text.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contexts of a Postgres file; each case is SQL with a {@code |} at the cursor. */
class PostgresContextsTest {
    private static CompletionContext at(String marked) {
        int cursor = marked.indexOf('|');
        return ContextDetector.detect(marked.substring(0, cursor) + marked.substring(cursor + 1), cursor, "", Dialect.POSTGRES);
    }

    private static void assertContext(Kind kind, String tableKey, String marked) {
        CompletionContext c = at(marked);
        assertEquals(kind, c.kind(), marked);
        assertEquals(tableKey, c.tableKey(), marked);
    }

    @Test
    void tablesAfterASchemaOrATableKeyword() {
        assertContext(Kind.TABLE, "CORE", "ALTER TABLE core.|");
        assertContext(Kind.TABLE, "PUBLIC", "SELECT * FROM \"public\".cu|");
        assertContext(Kind.TABLE, null, "CREATE TABLE t (a UUID REFERENCES |");
        assertContext(Kind.TABLE, null, "CREATE INDEX CONCURRENTLY IF NOT EXISTS ON ONLY |");
        assertContext(Kind.TABLE, null, "CREATE POLICY \"Users read\" ON |");
        assertContext(Kind.TABLE, null, "WITH x AS (SELECT 1) UPDATE |");
        assertContext(Kind.TABLE, null, "LOCK TABLE |");
        assertContext(Kind.TABLE, null, "COMMENT ON TABLE |");
    }

    @Test
    void namesThatAreNotTablesGetNothing() {
        for (String marked : List.of("CREATE TABLE core.|", "CREATE TABLE IF NOT EXISTS public.|", "CREATE OR REPLACE FUNCTION public.|",
                "CREATE SCHEMA |", "CREATE TABLE |", "SELECT 1 FROM t FOR UPDATE |", "CREATE TABLE t (a UUID REFERENCES u ON UPDATE |",
                "CREATE POLICY p ON t FOR UPDATE |", "SELECT a IS DISTINCT FROM |", "REVOKE ALL ON t FROM |",
                "GRANT SELECT, UPDATE |", "CREATE TRIGGER trg BEFORE UPDATE |", "CREATE INDEX i ON t USING gin (lower(|",
                "SELECT 'FROM |", "-- FROM |", "SELECT $$ FROM |", "ALTER TABLE t ALTER |", "ALTER TABLE t RENAME |")) {
            assertEquals(Kind.NONE, at(marked).kind(), marked);
        }
    }

    @Test
    void columnsOfTheTableAStatementNames() {
        assertContext(Kind.COLUMN, "CORE.T", "ALTER TABLE ONLY core.t DROP COLUMN IF EXISTS |");
        assertContext(Kind.COLUMN, "T", "ALTER TABLE t ADD COLUMN a INT, ALTER COLUMN |");
        assertContext(Kind.COLUMN, "T", "ALTER TABLE t RENAME COLUMN |");
        assertContext(Kind.COLUMN, "T", "CREATE UNIQUE INDEX i ON t USING btree (a ASC NULLS LAST, |");
        assertContext(Kind.COLUMN, "T", "CREATE INDEX i ON t (a) INCLUDE (|");
        assertContext(Kind.COLUMN, "PUBLIC.U", "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES public.u (|");
        assertContext(Kind.COLUMN, "U", "CREATE TABLE t (a UUID REFERENCES u(|");
        assertContext(Kind.COLUMN, "T", "INSERT INTO t (a, |");
        assertEquals(List.of("A", "B"), at("INSERT INTO t (a, \"b\", |").listed());
        assertEquals(Kind.NONE, at("INSERT INTO t (a) VALUES (|").kind());
    }

    @Test
    void typesOfNewAndRetypedColumns() {
        CompletionContext create = at("CREATE TABLE IF NOT EXISTS t (\n  id UUID PRIMARY KEY,\n  score |");
        assertEquals(Kind.TYPE, create.kind());
        assertEquals(true, create.defaults());
        assertEquals(Kind.TYPE, at("ALTER TABLE t ADD COLUMN IF NOT EXISTS score |").kind());
        CompletionContext retype = at("ALTER TABLE t ALTER COLUMN score SET DATA TYPE |");
        assertEquals(Kind.TYPE, retype.kind());
        assertEquals(false, retype.defaults());
        assertEquals(Kind.TYPE, at("ALTER TABLE t ALTER score TYPE |").kind());
        for (String marked : List.of("CREATE TABLE t (id UUID, CONSTRAINT |", "CREATE TABLE t (id UUID, PRIMARY |",
                "ALTER TABLE t ADD CONSTRAINT |", "ALTER TABLE t ALTER COLUMN score SET DEFAULT |", "CREATE TABLE t (id UUID |")) {
            assertEquals(Kind.NONE, at(marked).kind(), marked);
        }
    }

    @Test
    void statementStartsAndBodies() {
        assertEquals(Kind.STATEMENT, at("|").kind());
        assertEquals(Kind.STATEMENT, at("CREATE TABLE t (id UUID);\nCR|").kind());
        assertEquals(Kind.STATEMENT, at("DO $$ BEGIN PERFORM 1; END $$;\n|").kind());
        assertEquals(Kind.NONE, at("DO $$\nBEGIN\n  |").kind());
        assertContext(Kind.TABLE, "PUBLIC", "DO $$\nBEGIN\n  IF true THEN\n    CREATE POLICY p ON public.|");
        assertContext(Kind.COLUMN, "T", "CREATE FUNCTION f() RETURNS void AS $body$\nBEGIN\n  ALTER TABLE t DROP COLUMN |");
    }
}
