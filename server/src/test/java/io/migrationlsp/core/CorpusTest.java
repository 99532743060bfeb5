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
