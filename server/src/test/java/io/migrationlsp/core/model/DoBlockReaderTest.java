package io.migrationlsp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.sql.Splitter;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements inside {@code DO $$ ... $$} bodies, with the conditions and handlers around them. */
class DoBlockReaderTest {

    private static List<StatementModel> model(String sql) {
        Modeler modeler = new Modeler(sql, Dialect.POSTGRES, "{schema_name}");
        List<StatementModel> all = new ArrayList<>();
        for (Statement s : Splitter.split(sql, Dialect.POSTGRES).statements()) {
            all.addAll(modeler.model(s).flatten());
        }
        return all;
    }

    private static StatementModel only(List<StatementModel> all, StatementKind kind) {
        List<StatementModel> found = all.stream().filter(m -> m.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " in " + all.stream().map(StatementModel::kind).toList());
        return found.get(0);
    }

    @Test
    void guidePolicyPatternGivesThePolicyItsPgPoliciesGuard() {
        String sql = """
                DO $$
                BEGIN
                  IF NOT EXISTS (
                    SELECT 1 FROM pg_policies
                    WHERE tablename = 'my_table' AND policyname = 'Own rows'
                  ) THEN
                    CREATE POLICY "Own rows" ON public.my_table FOR SELECT USING (auth.uid() = user_id);
                  END IF;
                END $$;
                """;
        List<StatementModel> all = model(sql);
        StatementModel block = all.get(0);
        assertEquals(StatementKind.DO_BLOCK, block.kind());
        StatementModel policy = only(all, StatementKind.CREATE_POLICY);
        assertEquals(List.of(policy), block.inner());
        DoContext d = policy.doContext();
        assertNotNull(d);
        assertTrue(d.notExistsIn("pg_policies"));
        assertFalse(d.notExistsIn("pg_trigger"));
        assertEquals(Guard.Kind.IF_NOT_EXISTS, policy.guard().kind());
        // Spans are the file's own: the inner statement's text is exactly the policy.
        assertTrue(policy.statement().text(sql).startsWith("CREATE POLICY \"Own rows\""));
        assertTrue(policy.statement().text(sql).endsWith("(auth.uid() = user_id)"));
        assertNull(block.doContext(), "the DO statement itself sits at the top level");
    }

    @Test
    void elseBranchOfAnExistenceCheckIsTheNotExistsCase() {
        List<StatementModel> all = model("""
                DO $$ BEGIN
                  IF EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'p') THEN
                    RAISE NOTICE 'exists';
                  ELSIF current_setting('x') = 'y' THEN
                    DROP POLICY p ON t;
                  ELSE
                    CREATE POLICY p ON t USING (true);
                  END IF;
                END $$;
                """);
        StatementModel policy = only(all, StatementKind.CREATE_POLICY);
        assertTrue(policy.doContext().notExistsIn("pg_policies"));
        StatementModel drop = all.stream().filter(m -> m.tokens().get(0).is("DROP")).findFirst().orElseThrow();
        assertEquals(Guard.Kind.OTHER, drop.guard().kind());
        assertFalse(drop.doContext().notExistsIn("pg_policies"));
    }

    @Test
    void exceptionHandlersProtectTheBodyNotTheHandler() {
        List<StatementModel> all = model("""
                DO $$
                DECLARE
                  n INT := 0;
                BEGIN
                  CREATE TYPE public.status AS ENUM ('a', 'b');
                  BEGIN
                    ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0);
                  EXCEPTION WHEN duplicate_object OR duplicate_table THEN
                    NULL;
                  END;
                EXCEPTION
                  WHEN duplicate_object THEN
                    INSERT INTO log (msg) VALUES ('type existed');
                END $$;
                """);
        StatementModel type = only(all, StatementKind.CREATE_TYPE);
        assertEquals(List.of("duplicate_object"), type.doContext().handledErrors());
        StatementModel alter = only(all, StatementKind.ALTER_TABLE);
        assertTrue(alter.doContext().handles("duplicate_table"));
        assertTrue(alter.doContext().handledErrors().containsAll(List.of("duplicate_object", "duplicate_table")));
        StatementModel insert = only(all, StatementKind.INSERT);
        assertEquals(List.of(), insert.doContext().handledErrors(), "a handler's own statements are not protected by it");
    }

    @Test
    void loopsLabelsCaseAndPlpgsqlStatementsAreReadPastWithoutModels() {
        List<StatementModel> all = model("""
                DO $body$
                DECLARE
                  batch_size INT := 1000;
                  affected INT;
                BEGIN
                  <<batches>>
                  LOOP
                    UPDATE public.my_table SET status = 'active'
                    WHERE id IN (SELECT id FROM public.my_table WHERE status IS NULL LIMIT batch_size);
                    GET DIAGNOSTICS affected = ROW_COUNT;
                    EXIT batches WHEN affected = 0;
                    COMMIT;
                  END LOOP batches;
                  CASE affected WHEN 0 THEN RAISE NOTICE 'done'; ELSE NULL; END CASE;
                  FOR r IN SELECT * FROM t LOOP
                    PERFORM pg_notify('c', r.id::text);
                  END LOOP;
                  EXECUTE format('CREATE TABLE %I (id int)', 'x');
                  ALTER TABLE public.my_table ADD COLUMN IF NOT EXISTS done BOOLEAN;
                END
                $body$ LANGUAGE plpgsql;
                """);
        StatementModel update = only(all, StatementKind.UPDATE);
        assertEquals(Guard.Kind.OTHER, update.guard().kind());
        StatementModel alter = only(all, StatementKind.ALTER_TABLE);
        assertNull(alter.guard(), "after the loops, the ALTER stands in the block alone");
        assertEquals(List.of(), alter.doContext().guards());
        assertEquals(0, all.stream().filter(m -> m.kind() == StatementKind.CREATE_TABLE).count(),
                "dynamic SQL in EXECUTE strings is not modelled");
    }

    @Test
    void theReplayGetsWhatDoBlocksChange() {
        List<StatementModel> all = model("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE column_name = 'c') THEN
                    ALTER TABLE public.t ADD COLUMN c TEXT;
                  END IF;
                END $$;
                """);
        StatementModel alter = only(all, StatementKind.ALTER_TABLE);
        assertEquals("c", alter.definedColumns().get(0).name().name());
        assertEquals("PUBLIC.T", alter.target().key());
    }

    @Test
    void malformedBodiesGiveFewerStatementsNeverAnError() {
        String[] bodies = {
            "DO $$", "DO $$ $$", "DO $$ BEGIN", "DO $$ BEGIN IF", "DO $$ BEGIN IF NOT EXISTS (SELECT", "DO $$ END IF; END LOOP; $$",
            "DO $$ BEGIN IF x THEN CREATE TABLE t (id int) $$", "DO $$ << >> << $$", "DO $$ EXCEPTION WHEN THEN WHEN $$",
            "DO $$ BEGIN CASE CASE CASE $$", "DO $$ ;;;; ELSE ELSIF END $$", "DO $$ BEGIN LOOP LOOP LOOP $$",
            "DO $tag$ BEGIN CREATE POLICY p ON t; END $tag$", "DO $$ BEGIN CREATE POLICY p ON t; END $x$",
            "DO $$ DECLARE BEGIN END; BEGIN END; $$", "DO $$ (((((( $$", "DO $$ ))))) CREATE TABLE a (id int); $$",
        };
        for (String b : bodies) {
            List<StatementModel> all = model(b + ";\nSELECT 1;");
            assertTrue(all.stream().anyMatch(m -> m.kind() == StatementKind.SELECT || m.kind() == StatementKind.DO_BLOCK), b);
        }
        StatementModel policy = only(model("DO $tag$ BEGIN CREATE POLICY p ON t; END $tag$;"), StatementKind.CREATE_POLICY);
        assertEquals(List.of(), policy.doContext().guards());
    }

    @Test
    void nestedBlocksAreReadAndVeryDeepOnesSkippedWithoutOverflow() {
        StatementModel table = only(model(nested(40)), StatementKind.CREATE_TABLE);
        assertEquals(40, table.doContext().guards().size());
        long start = System.nanoTime();
        List<StatementModel> deep = model(nested(20_000));
        assertEquals(StatementKind.DO_BLOCK, deep.get(0).kind());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "20,000 nested blocks read in bounded time");
    }

    private static String nested(int depth) {
        StringBuilder sb = new StringBuilder("DO $$ ");
        sb.append("BEGIN IF NOT EXISTS (SELECT 1) THEN ".repeat(depth));
        sb.append("CREATE TABLE t (id int);");
        sb.append(" END IF; END;".repeat(depth));
        return sb.append(" $$;").toString();
    }
}
