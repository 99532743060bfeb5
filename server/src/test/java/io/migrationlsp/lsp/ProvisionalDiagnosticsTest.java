package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a large workspace is indexed (seconds), an opened migration shows at once the findings that
 * hold whatever its history is, and its full findings when the history is indexed.
 */
class ProvisionalDiagnosticsTest {
    private static final String NEWEST = String.join("\n",
            "-- ========== TENANT MIGRATIONS ==========",
            "-- NOTE: Make sure app/tenant/tables.py is in sync",
            "CREATE TABLE {schema_name}.[PAYMENT] (",
            "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
            "    AMOUNT FLOAT NULL",
            ");",
            "ALTER TABLE {schema_name}.[NO_SUCH_TABLE] ADD NOTE NVARCHAR(10) NULL;",
            "");
    /** From the file alone: no history, tables.py or constants.py needed. */
    private static final List<String> LOCAL = List.of("audit-columns", "no-float");
    /** With its workspace: the missing tables.py and a table no earlier migration creates. */
    private static final List<String> FULL = List.of("audit-columns", "missing-workspace-file", "no-float", "unknown-table");

    @TempDir
    Path tmp;
    /** What the server's background indexer would answer: projects are still being indexed. */
    private final AtomicBoolean indexing = new AtomicBoolean(true);
    private final SqlValidator validator = new SqlValidator(200);
    private final DocumentStore documents = new DocumentStore();
    private final Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
    private final Projects projects = new Projects(documents, analyzer, message -> { });
    private final AnalysisCache analyses = new AnalysisCache(analyzer, projects, indexing::get);

    @AfterEach
    void closeValidator() {
        validator.close();
    }

    @Test
    void beforeItsHistoryIsIndexedAFileGetsTheFindingsThatDoNotDependOnIt() throws Exception {
        Path root = Fixtures.workspace(tmp);
        Path file = Fixtures.write(root, "_migrations/2026_2_1_1.sql", NEWEST);
        Document doc = documents.open(Uris.fromPath(file), "sql", 1, NEWEST);

        Analysis early = analyses.current(doc, () -> false);
        assertTrue(early.provisional());
        assertEquals(LOCAL, ids(early.findings()));
        assertTrue(analyses.anyProvisional());
        assertSame(early, analyses.current(doc, () -> false), "asked again while indexing: the same analysis");

        // Whoever needs the complete findings (code actions, hovers, workspace/diagnostic) waits for them.
        Analysis full = analyses.get(doc, () -> false);
        assertFalse(full.provisional());
        assertEquals(FULL, ids(full.findings()));
        assertTrue(full.findings().containsAll(early.findings()), "every provisional finding stays, unchanged");
        assertNotEquals(early.resultId(), full.resultId(), "a pull client must not be told the full report is unchanged");
        assertSame(full, analyses.current(doc, () -> false), "the full analysis, once made, is the current one");
        assertFalse(analyses.anyProvisional());
    }

    @Test
    void anIndexedProjectOrAnIndexerThatIsDoneGivesTheFullFindingsAtOnce() throws Exception {
        Path root = Fixtures.workspace(tmp);
        Path file = Fixtures.write(root, "_migrations/2026_2_1_1.sql", NEWEST);
        Document v1 = documents.open(Uris.fromPath(file), "sql", 1, NEWEST);
        projects.forDocument(v1).index().build(() -> false, replayed -> { });
        assertEquals(FULL, ids(analyses.current(v1, () -> false).findings()));

        indexing.set(false);
        Path other = Fixtures.write(tmp.resolve("elsewhere"), "loose.sql", NEWEST);
        Document loose = documents.open(Uris.fromPath(other), "sql", 1, NEWEST);
        assertFalse(analyses.current(loose, () -> false).provisional());
    }

    @Test
    void aPushClientEndsWithTheFullFindingsAndNeverSeesOneThatGoesAway() throws Exception {
        Path root = Fixtures.workspace(tmp);
        Path file = newestAfterLongHistory(root);
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            String uri = t.open(file, NEWEST);
            PublishDiagnosticsParams full = t.client.awaitDiagnostics(uri,
                    p -> codes(p.getDiagnostics()).contains("unknown-table"), Duration.ofSeconds(20));
            assertNotNull(full, () -> "the full findings arrive; published: "
                    + t.client.publishedFor(uri).stream().map(p -> codes(p.getDiagnostics())).toList());
            assertTrue(codes(full.getDiagnostics()).containsAll(LOCAL));
            for (PublishDiagnosticsParams p : t.client.publishedFor(uri)) {
                Set<String> c = codes(p.getDiagnostics());
                assertTrue(c.equals(new TreeSet<>(LOCAL)) || c.equals(codes(full.getDiagnostics())),
                        "each publication is the provisional or the full set, got " + c);
            }
        }
    }

    @Test
    void aPullClientThatTakesRefreshesPullsTheFullFindingsAfterIndexing() throws Exception {
        Path root = Fixtures.workspace(tmp);
        Path file = newestAfterLongHistory(root);
        try (TestServer t = new TestServer()) {
            ClientCapabilities caps = TestServer.pullClient();
            caps.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
            t.initialize(root, caps, null);
            String uri = t.open(file, NEWEST);
            var first = pull(t, uri);
            Set<String> firstCodes = codes(first.getItems());
            if (!firstCodes.contains("unknown-table")) {
                assertEquals(new TreeSet<>(LOCAL), firstCodes, "provisional: the findings that do not need the history");
                assertTrue(first.getResultId().endsWith("-p"), first.getResultId());
                assertTrue(t.client.awaitMessage(m -> m.getMessage().startsWith("migration-lsp: indexed"), Duration.ofSeconds(20)));
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (t.client.diagnosticRefreshes.get() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertTrue(t.client.diagnosticRefreshes.get() > 0, "the client is asked to pull again");
            }
            var full = pull(t, uri);
            assertTrue(codes(full.getItems()).contains("unknown-table"));
            assertTrue(codes(full.getItems()).containsAll(LOCAL));
            assertFalse(full.getResultId().endsWith("-p"));
        }
    }

    /** 400 migrations, enough that the newest is usually opened while they are indexed, then the newest. */
    private static Path newestAfterLongHistory(Path root) throws Exception {
        for (int i = 1; i <= 400; i++) {
            Fixtures.write(root, String.format("_migrations/2026_1_%d_1.sql", i), String.join("\n",
                    "-- ========== TENANT MIGRATIONS ==========",
                    "-- NOTE: Make sure app/tenant/tables.py is in sync",
                    "ALTER TABLE {schema_name}.[T" + i + "] ADD C" + i + " INT NULL;", ""));
        }
        return Fixtures.write(root, "_migrations/2026_2_401_1.sql", NEWEST);
    }

    private static RelatedFullDocumentDiagnosticReport pull(TestServer t, String uri) throws Exception {
        return t.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS).getLeft();
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    private static Set<String> codes(List<Diagnostic> diagnostics) {
        Set<String> out = new TreeSet<>();
        diagnostics.forEach(d -> out.add(d.getCode().getLeft()));
        return out;
    }
}
