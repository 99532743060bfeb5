package io.migrationlsp.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Parsing ahead moves JSqlParser's work off the check's thread without changing a finding: the files
 * it reaches are parsed once, by it, and the check then finds every verdict cached.
 */
class ParseAheadTest {
    private static final Config CONFIG = Config.defaults().withProfile(Profile.PLATFORM);

    @Test
    void theCheckFindsTheVerdictsOfTheFilesAheadCachedAndTheSameFindings() throws Exception {
        Set<String> parsed = ConcurrentHashMap.newKeySet();
        List<String> parsedTwice = new ArrayList<>();
        SqlValidator.ParseJobFactory counting = sql -> new SqlValidator.ParseJob() {
            @Override
            public SqlValidator.Result run() {
                if (!parsed.add(sql)) {
                    synchronized (parsedTwice) {
                        parsedTwice.add(sql);
                    }
                }
                return sql.contains("BROKEN") ? new SqlValidator.Result(SqlValidator.Outcome.INVALID, "no", 0)
                        : new SqlValidator.Result(SqlValidator.Outcome.VALID, null, -1);
            }

            @Override
            public void abort() { }
        };
        Map<String, SqlFile> files = new HashMap<>();
        List<String> paths = new ArrayList<>();
        try (SqlValidator validator = new SqlValidator(2000, counting)) {
            Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, validator);
            for (int i = 1; i <= 20; i++) {
                String path = "_migrations/2026_2_" + i + "_1.sql";
                String text = "-- ========== TENANT MIGRATIONS ==========\n"
                        + "CREATE TABLE {schema_name}.[T" + i + "] (ID INT NOT NULL, NOTE NVARCHAR(10) NULL);\n"
                        + "INSERT INTO {schema_name}.[T" + i + "] (ID, NOTE) VALUES (" + i + ", N'x');\n";
                paths.add(path);
                files.put(path, analyzer.model(path, text, CONFIG, Profile.PLATFORM));
            }
            // A check that has not started: the files from the gap on are parsed ahead, the first ones not.
            ParseAhead ahead = ParseAhead.start(analyzer, paths, files::get, CONFIG, Profile.PLATFORM);
            ahead.join();
            int ahead1 = parsed.size();
            assertTrue(ahead1 > 0, "parsed ahead");
            try (ahead) {
                for (String path : paths) {
                    List<Finding> findings = analyzer.analyze(files.get(path), CONFIG, Profile.PLATFORM, WorkspaceView.NONE,
                            () -> false).findings();
                    assertEquals(List.of(), findings.stream().filter(f -> f.ruleId().equals("syntax-error")).toList());
                }
            }
            assertEquals(List.of(), parsedTwice, "no statement parsed twice");
            assertTrue(parsed.size() > ahead1, "the check parsed the files before the gap itself");
        }
    }
}
