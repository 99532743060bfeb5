package io.migrationlsp.cli;

import java.io.PrintStream;

/** {@code path:line:col: severity rule-id message}, one finding a line, the shape editors and grep understand. */
public final class TextFormat implements OutputFormat {
    @Override
    public void write(Report report, PrintStream out) {
        for (ReportEntry e : report.entries()) {
            out.println(e.displayPath() + ":" + e.line() + ":" + e.column() + ": " + e.severity().label() + " "
                    + e.ruleId() + " " + oneLine(e.message()));
        }
    }

    /** A finding is one line, whatever its message holds. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
