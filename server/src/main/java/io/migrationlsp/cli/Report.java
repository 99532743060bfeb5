package io.migrationlsp.cli;

import io.migrationlsp.core.config.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@code check}: the findings sorted by path and position, how many files were
 * checked, the workspace roots involved and every rule that could have reported (SARIF lists them).
 */
public record Report(List<ReportEntry> entries, int filesChecked, List<Path> roots, List<RuleDescriptor> rules) {

    public long count(Severity severity) {
        return entries.stream().filter(e -> e.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The stderr summary, e.g. {@code 3 errors, 5 warnings in 4 files}; notes only when there are some. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(plural(count(Severity.ERROR), "error")).append(", ").append(plural(count(Severity.WARNING), "warning"));
        long notes = count(Severity.INFORMATION) + count(Severity.HINT);
        if (notes > 0) {
            sb.append(", ").append(plural(notes, "note"));
        }
        return sb.append(" in ").append(plural(filesChecked, "file")).toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
