package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many documents edited at once from several client threads: once the edits stop, the last
 * published diagnostics of every document equal a fresh analysis of its final text.
 */
class ConcurrentEditsTest {
    private static final String[] VARIANTS = {
        "CREATE TABLE {schema_name}.[T%d] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, AMOUNT FLOAT NULL);\n",
        "ALTER TABLE {schema_name}.[T%d] ADD PAYER_CODE VARCHAR(50);\n",
        "CREATE INDEX IX_WRONG_%d ON {schema_name}.[T](A);\n",
        "ALTER TABLE {schema_name}.[T%d] ADD OK_COL NVARCHAR(50) NULL;\n",
        "SELECT (%d;\n",
    };
    private static final String HEADER = "-- ========== TENANT MIGRATIONS ==========\n-- NOTE: Make sure app/tenant/tables.py is in sync\n";

    @TempDir
    Path tmp;

    @Test
    void finalDiagnosticsEqualAFreshAnalysis() throws Exception {
        Files.createDirectories(tmp.resolve("_migrations"));
        int docs = 16;
        int threads = 4;
        int editsPerDoc = 30;
        Map<String, String> finalText = new ConcurrentHashMap<>();
        Map<String, Integer> finalVersion = new ConcurrentHashMap<>();
        Map<String, Path> paths = new TreeMap<>();
        try (TestServer t = new TestServer()) {
            t.initialize(tmp, TestServer.pushClient(), null);
            List<String> uris = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                Path p = tmp.resolve("_migrations/2026_3_" + (d + 1) + "_1.sql");
                String uri = t.open(p, HEADER);
                uris.add(uri);
                paths.put(uri, p);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            for (int th = 0; th < threads; th++) {
                int me = th;
                work.add(pool.submit(() -> {
                    Random r = new Random(me);
                    for (int e = 0; e < editsPerDoc; e++) {
                        for (int d = me; d < docs; d += threads) {
                            String uri = uris.get(d);
                            StringBuilder text = new StringBuilder(HEADER);
                            int lines = 1 + r.nextInt(6);
                            for (int k = 0; k < lines; k++) {
                                text.append(String.format(VARIANTS[r.nextInt(VARIANTS.length)], r.nextInt(1000)));
                            }
                            int version = e + 2;
                            var change = new TextDocumentContentChangeEvent(text.toString());
                            t.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                                    new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
                            finalText.put(uri, text.toString());
                            finalVersion.put(uri, version);
                            if (r.nextInt(4) == 0) {
                                Thread.yield();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            SqlValidator validator = new SqlValidator(5_000);
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            Project project = Project.open(tmp, null, null);
            // The buffers were never saved: a fresh server would see them as the history, as the one under test does.
            WorkspaceIndex index = new WorkspaceIndex(project, analyzer);
            for (String uri : uris) {
                index.setOpenText(project.relative(paths.get(uri)), finalText.get(uri));
            }
            for (String uri : uris) {
                int version = finalVersion.get(uri);
                PublishDiagnosticsParams last = awaitVersion(t.client, uri, version);
                assertNotNull(last, "diagnostics for the final version " + version + " of " + uri);
                String text = finalText.get(uri);
                var fresh = analyzer.analyze(project.relative(paths.get(uri)), text, project.config(), project.profile(), index, () -> false);
                assertEquals(describe(fresh.findings(), text), describeDiagnostics(last.getDiagnostics()), "diagnostics of " + uri);
            }
            validator.close();
        }
    }

    /** The last publication for the uri once it carries the final version (later ones would be for it too). */
    private static PublishDiagnosticsParams awaitVersion(RecordingClient client, String uri, int version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<PublishDiagnosticsParams> all = client.publishedFor(uri);
            if (!all.isEmpty()) {
                PublishDiagnosticsParams last = all.get(all.size() - 1);
                if (last.getVersion() != null && last.getVersion() == version) {
                    return last;
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    private static List<String> describe(List<Finding> findings, String text) {
        LineMap lines = new LineMap(text);
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            var s = lines.position(f.span().start());
            var e = lines.position(f.span().end());
            out.add(f.ruleId() + "@" + s.line() + ":" + s.column() + "-" + e.line() + ":" + e.column());
        }
        out.sort(null);
        return out;
    }

    private static List<String> describeDiagnostics(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            out.add(d.getCode().getLeft() + "@" + d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter()
                    + "-" + d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter());
        }
        out.sort(null);
        return out;
    }
}
