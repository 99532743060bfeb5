package io.migrationlsp.cli;

import io.migrationlsp.core.config.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * One finding as every output format needs it: where it is for a human ({@code displayPath}, relative to
 * the current directory when possible), where it is for SARIF ({@code root} and {@code rootRelative}),
 * and 1-based line and column positions with an exclusive end (UTF-16 columns, like the editor's).
 */
public record ReportEntry(
        String displayPath,
        Path root,
        String rootRelative,
        String ruleId,
        Severity severity,
        int line,
        int column,
        int endLine,
        int endColumn,
        String message,
        List<String> fixTitles) {}
