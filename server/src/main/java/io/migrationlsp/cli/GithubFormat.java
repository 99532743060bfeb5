package io.migrationlsp.cli;

import io.migrationlsp.core.config.Severity;
import java.io.PrintStream;

/**
 * GitHub Actions workflow commands ({@code ::error file=...::message}), which the Actions runner turns
 * into annotations on the pull request's diff.
 */
public final class GithubFormat implements OutputFormat {
    @Override
    public void write(Report report, PrintStream out) {
        for (ReportEntry e : report.entries()) {
            out.println("::" + command(e.severity())
                    + " file=" + property(e.displayPath())
                    + ",line=" + e.line() + ",col=" + e.column()
                    + ",endLine=" + e.endLine() + ",endColumn=" + e.endColumn()
                    + ",title=" + property(e.ruleId())
                    + "::" + data(e.message()));
        }
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "notice";
        };
    }

    /** Escaping of a command's message, as the runner's own toolkit ({@code escapeData}) does it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a property value ({@code escapeProperty}): also {@code :} and {@code ,}, which delimit properties. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
