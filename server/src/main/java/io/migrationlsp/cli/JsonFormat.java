package io.migrationlsp.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;

/**
 * An array of {@code {path, line, column, endLine, endColumn, severity, rule, message, fixes:[{title}]}}:
 * 1-based positions, the end exclusive (the column just after the last character).
 */
public final class JsonFormat implements OutputFormat {
    @Override
    public void write(Report report, PrintStream out) {
        JsonArray array = new JsonArray();
        for (ReportEntry e : report.entries()) {
            JsonObject o = new JsonObject();
            o.addProperty("path", e.displayPath());
            o.addProperty("line", e.line());
            o.addProperty("column", e.column());
            o.addProperty("endLine", e.endLine());
            o.addProperty("endColumn", e.endColumn());
            o.addProperty("severity", e.severity().label());
            o.addProperty("rule", e.ruleId());
            o.addProperty("message", e.message());
            JsonArray fixes = new JsonArray();
            for (String title : e.fixTitles()) {
                JsonObject fix = new JsonObject();
                fix.addProperty("title", title);
                fixes.add(fix);
            }
            o.add("fixes", fixes);
            array.add(o);
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array));
    }
}
