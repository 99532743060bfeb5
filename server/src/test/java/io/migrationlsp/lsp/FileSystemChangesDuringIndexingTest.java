package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files created, rewritten and deleted on disk (a {@code git pull}, a branch switch) while the
 * server is still indexing the workspace in the background: once the changes stop, the workspace
 * diagnostics equal a fresh analysis of what is on disk.
 */
class FileSystemChangesDuringIndexingTest {
    private static final String TENANT = "-- ========== TENANT MIGRATIONS ==========\n"
            + "-- NOTE: Make sure app/tenant/tables.py is in sync\n";
    private static final String AUDIT = "    CREATED_BY NVARCHAR(100) NOT NULL,\n"
            + "    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME(),\n"
            + "    UPDATED_BY NVARCHAR(100) NULL,\n    UPDATED_AT DATETIME2 NULL\n";
    private static final int FILES = 300;

    @TempDir
    Path tmp;

    @Test
    void diagnosticsAfterChangesDuringIndexingEqualAFreshAnalysis() throws Exception {
        Path root = Fixtures.workspace(tmp);
        for (int i = 1; i <= FILES; i++) {
            Fixtures.write(root, migration(i), createTable(i, i > 1 ? i - 1 : 0, "NVARCHAR(255)"));
        }
        Fixtures.write(root, "app/tenant/tables.py", tablesPy(FILES / 2));
        try (TestServer t = new TestServer()) {
            ClientCapabilities caps = TestServer.pullClient();
            caps.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
            t.initialize(root, caps, null);
            // The background index has just started: change the disk under it.
            Random random = new Random(7);
            int next = FILES + 1;
            for (int step = 0; step < 60; step++) {
                List<FileEvent> events = new ArrayList<>();
                switch (random.nextInt(4)) {
                    case 0 -> {
                        int i = 1 + random.nextInt(FILES);
                        Path p = Fixtures.write(root, migration(i), createTable(i, random.nextInt(i), "FLOAT"));
                        events.add(new FileEvent(Uris.fromPath(p), FileChangeType.Changed));
                    }
                    case 1 -> {
                        Path p = root.resolve(migration(1 + random.nextInt(FILES)));
                        if (Files.deleteIfExists(p)) {
                            events.add(new FileEvent(Uris.fromPath(p), FileChangeType.Deleted));
                        }
                    }
                    case 2 -> {
                        Path p = Fixtures.write(root, migration(next), createTable(next, next - 1, "DATETIME"));
                        next++;
                        events.add(new FileEvent(Uris.fromPath(p), FileChangeType.Created));
                    }
                    default -> {
                        Path p = Fixtures.write(root, "app/tenant/tables.py", tablesPy(random.nextInt(FILES)));
                        events.add(new FileEvent(Uris.fromPath(p), FileChangeType.Changed));
                    }
                }
                if (!events.isEmpty()) {
                    t.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
                }
                Thread.sleep(random.nextInt(3));
            }
            WorkspaceDiagnosticReport report = t.server.getWorkspaceService()
                    .diagnostic(new WorkspaceDiagnosticParams(List.of())).get(120, TimeUnit.SECONDS);
            Map<String, List<String>> served = new TreeMap<>();
            for (WorkspaceDocumentDiagnosticReport r : report.getItems()) {
                WorkspaceFullDocumentDiagnosticReport full = r.getWorkspaceFullDocumentDiagnosticReport();
                if (full != null) {
                    served.put(full.getUri(), describe(full.getItems()));
                }
            }
            Map<String, List<String>> fresh = freshAnalysis(root);
            assertTrue(fresh.values().stream().anyMatch(l -> l.stream().anyMatch(s -> s.startsWith("no-float"))),
                    "the changes must have left findings to compare");
            for (Map.Entry<String, List<String>> e : served.entrySet()) {
                if (!fresh.containsKey(e.getKey())) {
                    assertEquals(List.of(), e.getValue(), "a deleted file keeps diagnostics: " + e.getKey());
                }
            }
            for (Map.Entry<String, List<String>> e : fresh.entrySet()) {
                assertEquals(e.getValue(), served.getOrDefault(e.getKey(), List.of()), "diagnostics of " + e.getKey());
            }
        }
    }

    private static String migration(int seq) {
        return "_migrations/2026_2_" + seq + "_1.sql";
    }

    private static String createTable(int i, int parent, String nameType) {
        String fk = parent > 0 ? "    PARENT_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[T" + parent + "](ID),\n" : "";
        return TENANT + "CREATE TABLE {schema_name}.[T" + i + "] (\n    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,\n"
                + "    NAME " + nameType + " NULL,\n" + fk + AUDIT + ");\n";
    }

    private static String tablesPy(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            sql.append("CREATE TABLE {schema_name}.[T").append(i).append("] (\n    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,\n")
                    .append("    NAME NVARCHAR(255) NULL,\n").append(AUDIT).append(");\n");
        }
        return "def get_tenant_tables_sql(schema_name: str) -> str:\n    return f\"\"\"\n" + sql + "\"\"\"\n";
    }

    /** What a fresh server would say: every migration and tables.py analysed over the disk as it is now. */
    private static Map<String, List<String>> freshAnalysis(Path root) throws Exception {
        Map<String, List<String>> result = new TreeMap<>();
        try (SqlValidator validator = new SqlValidator(5_000)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            Project project = Project.open(root, null, null);
            WorkspaceIndex index = new WorkspaceIndex(project, analyzer);
            for (MigrationEntry e : index.migrations()) {
                String text = index.textOf(e.path());
                var findings = analyzer.analyze(e.path(), text, project.config(), project.profile(), index, () -> false)
                        .findings();
                add(result, project, e.path(), text, findings);
            }
            String tablesPy = project.config().tablesPy();
            var tp = analyzer.analyzeTablesPy(index.tablesPy(), project.config(), project.profile(), index, () -> false);
            add(result, project, tablesPy, index.textOf(tablesPy), tp.findings());
        }
        return result;
    }

    private static void add(Map<String, List<String>> result, Project project, String path, String text,
                            List<Finding> findings) {
        LineMap lines = new LineMap(text);
        for (Finding f : findings) {
            String target = f.path() == null ? path : f.path();
            if (!target.equals(path)) {
                continue;
            }
            var s = lines.position(f.span().start());
            var e = lines.position(f.span().end());
            result.computeIfAbsent(Uris.fromPath(project.resolve(path)), k -> new ArrayList<>())
                    .add(f.ruleId() + "@" + s.line() + ":" + s.column() + "-" + e.line() + ":" + e.column());
        }
        result.computeIfAbsent(Uris.fromPath(project.resolve(path)), k -> new ArrayList<>()).sort(null);
    }

    private static List<String> describe(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            out.add(d.getCode().getLeft() + "@" + d.getRange().getStart().getLine() + ":"
                    + d.getRange().getStart().getCharacter() + "-" + d.getRange().getEnd().getLine() + ":"
                    + d.getRange().getEnd().getCharacter());
        }
        out.sort(null);
        return out;
    }
}
