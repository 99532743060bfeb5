package io.migrationlsp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.FileResult;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.RuleRunner;
import io.migrationlsp.workspace.WorkspaceCheck;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import io.migrationlsp.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over ~350 real, valid T-SQL and Postgres files (sqlfluff's dialect tests in
 * ../shared/corpora): no exception, no syntax-error on valid SQL, every range inside its file.
 */
class CorpusTest {
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(5_000));

    static Path corpora() {
        String prop = System.getProperty("migrationlsp.shared");
        Path p = prop != null ? Paths.get(prop, "corpora") : Paths.get("../../shared/corpora");
        return p;
    }

    @Test
    void tsqlCorpus() throws IOException {
        run(corpora().resolve("sqlfluff-tsql"), Profile.PLATFORM);
    }

    @Test
    void postgresCorpusThroughTheSameCore() throws IOException {
        run(corpora().resolve("sqlfluff-postgres"), Profile.PLATFORM);
    }

    /**
     * The Postgres corpus as the history of a postgres-rls and of a sqlx workspace: every file a
     * numbered migration, checked with its workspace (schema replay, the inverse DDL the missing
     * rollback / down file fixes derive, the up/down comparison). No rule may fail on any of them.
     */
    @Test
    void postgresCorpusAsPostgresRlsAndSqlxHistories() throws IOException {
        Path dir = corpora().resolve("sqlfluff-postgres");
        assumeTrue(Files.isDirectory(dir), "corpus at " + dir + " (present in CI beside the checkout)");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        }
        List<String> problems = new ArrayList<>();
        for (boolean sqlx : new boolean[] {false, true}) {
            Path ws = Files.createTempDirectory("corpus-");
            try {
                for (int i = 0; i < files.size(); i++) {
                    String base = files.get(i).getFileName().toString().replace(".sql", "").replaceAll("[^a-z0-9]+", "_");
                    String rel = sqlx ? String.format("migrations/%04d_%s.up.sql", i + 1, base)
                            : String.format("db/migrations/%03d_%s.sql", i + 1, base);
                    Files.createDirectories(ws.resolve(rel).getParent());
                    Files.copy(files.get(i), ws.resolve(rel));
                    if (sqlx && i % 2 == 0) {
                        // Half the pairs get a down file that reverses nothing, so the comparison runs on real DDL.
                        Files.writeString(ws.resolve(rel.replace(".up.sql", ".down.sql")), "SELECT 1;\n");
                    }
                }
                problems.addAll(checkWithoutRuleFailures(ws));
            } finally {
                WorkspaceCheck.delete(ws);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Findings whose range leaves their file, and every rule that threw (the runner logs and skips it). */
    private static List<String> checkWithoutRuleFailures(Path ws) throws IOException {
        List<String> problems = new ArrayList<>();
        Logger log = Logger.getLogger(RuleRunner.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (problems) {
                        problems.add(r.getMessage() + ": " + r.getThrown());
                    }
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(capture);
        try {
            Map<String, List<Finding>> findings = WorkspaceCheck.check(ws);
            for (Map.Entry<String, List<Finding>> e : findings.entrySet()) {
                int length = Files.readString(ws.resolve(e.getKey()), StandardCharsets.UTF_8).length();
                for (Finding f : e.getValue()) {
                    if (f.span().end() > length) {
                        problems.add(e.getKey() + ": range outside the file " + f);
                    }
                }
            }
            if (findings.isEmpty()) {
                problems.add("no findings at all in " + ws + ": the corpus was not checked");
            }
        } finally {
            log.removeHandler(capture);
        }
        return problems;
    }

    private static void run(Path dir, Profile profile) throws IOException {
        assumeTrue(Files.isDirectory(dir), "corpus at " + dir + " (present in CI beside the checkout)");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() > 100, "corpus has its files");
        List<String> problems = new ArrayList<>();
        boolean postgres = dir.getFileName().toString().contains("postgres");
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            FileResult r = ANALYZER.analyze("_migrations/" + f.getFileName(), text, Config.defaults().withProfile(profile),
                    profile, WorkspaceView.NONE, () -> false);
            for (Finding finding : r.findings()) {
                if (finding.span().end() > text.length()) {
                    problems.add(f.getFileName() + ": range outside the file " + finding);
                }
                if (!postgres && finding.ruleId().equals("syntax-error")) {
                    problems.add(f.getFileName() + ": false syntax-error at "
                            + r.file().lines().position(finding.span().start()) + " " + finding.message());
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
