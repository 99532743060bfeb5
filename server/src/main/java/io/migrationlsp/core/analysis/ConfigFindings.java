package io.migrationlsp.core.analysis;

import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.ConfigProblem;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns problems in {@code .migration-lsp.json} into findings on that file (rule id
 * {@value #RULE_ID}), so the CLI and the editor both show them where they are.
 */
public final class ConfigFindings {
    public static final String RULE_ID = "invalid-config";

    private ConfigFindings() {}

    public static List<Finding> of(Config config, Path root) {
        if (config.problems().isEmpty()) {
            return List.of();
        }
        String text = "";
        try {
            Path file = root.resolve(Config.FILE_NAME);
            if (Files.isRegularFile(file)) {
                text = Files.readString(file);
            }
        } catch (IOException | RuntimeException e) {
            text = "";
        }
        return of(config, text);
    }

    public static List<Finding> of(Config config, String configText) {
        LineMap lines = new LineMap(configText);
        List<Finding> out = new ArrayList<>();
        for (ConfigProblem p : config.problems()) {
            int start = p.line() >= 0 ? lines.offset(p.line(), p.column()) : 0;
            int end = p.line() >= 0 ? Math.max(start, lines.lineEnd(lines.lineOf(start))) : Math.min(1, configText.length());
            out.add(new Finding(RULE_ID, Severity.ERROR, Config.FILE_NAME, new TextSpan(start, end), p.message(), List.of()));
        }
        return out;
    }
}
