package io.migrationlsp.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.RuleDocs;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDE viewers): one run, every rule of the profiles
 * involved in {@code tool.driver.rules}, results located relative to their workspace root.
 */
public final class SarifFormat implements OutputFormat {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Where a reader of the report learns about the tool; the lead sets the repository's address here. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    @Override
    public void write(Report report, PrintStream out) {
        Map<Path, String> baseIds = baseIds(report.roots());
        List<RuleDescriptor> rules = report.rules();

        JsonObject driver = new JsonObject();
        driver.addProperty("name", "migration-lsp");
        driver.addProperty("version", Version.get());
        JsonArray ruleArray = new JsonArray();
        rules.forEach(r -> ruleArray.add(rule(r)));
        driver.add("rules", ruleArray);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonObject originalUriBaseIds = new JsonObject();
        baseIds.forEach((root, id) -> {
            JsonObject base = new JsonObject();
            base.addProperty("uri", directoryUri(root));
            originalUriBaseIds.add(id, base);
        });

        JsonArray results = new JsonArray();
        for (ReportEntry e : report.entries()) {
            results.add(result(e, indexOf(rules, e.ruleId()), baseIds.get(e.root())));
        }

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("originalUriBaseIds", originalUriBaseIds);
        // Our columns count UTF-16 code units, like LSP's; SARIF's default would be code points.
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log));
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    /** The first root is {@code %SRCROOT%}, the one code scanning maps to the checkout; further roots get their own ids. */
    private static Map<Path, String> baseIds(List<Path> roots) {
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path root : roots) {
            ids.putIfAbsent(root, ids.isEmpty() ? SOURCE_ROOT : "ROOT" + (ids.size() + 1));
        }
        return ids;
    }

    private static JsonObject rule(RuleDescriptor r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.add("shortDescription", text(r.summary()));
        if (r.doc() != null) {
            String why = RuleDocs.section(r.doc(), "Why");
            o.add("fullDescription", text(why.isEmpty() ? r.summary() : why));
            JsonObject help = text(r.doc());
            help.addProperty("markdown", r.doc());
            o.add("help", help);
        }
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(r.defaultSeverity()));
        o.add("defaultConfiguration", configuration);
        return o;
    }

    private static JsonObject result(ReportEntry e, int ruleIndex, String baseId) {
        JsonObject artifact = new JsonObject();
        if (baseId != null && !Path.of(e.rootRelative()).isAbsolute()) {
            artifact.addProperty("uri", encodePath(e.rootRelative()));
            artifact.addProperty("uriBaseId", baseId);
        } else {
            artifact.addProperty("uri", Path.of(e.rootRelative()).toUri().toString());
        }
        JsonObject region = new JsonObject();
        region.addProperty("startLine", e.line());
        region.addProperty("startColumn", e.column());
        region.addProperty("endLine", e.endLine());
        region.addProperty("endColumn", e.endColumn());
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);

        JsonObject o = new JsonObject();
        o.addProperty("ruleId", e.ruleId());
        o.addProperty("ruleIndex", ruleIndex);
        o.addProperty("level", level(e.severity()));
        o.add("message", text(e.message()));
        o.add("locations", locations);
        return o;
    }

    private static int indexOf(List<RuleDescriptor> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    private static String directoryUri(Path root) {
        String uri = root.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A relative URI reference: every byte but unreserved characters and {@code /} percent-encoded. */
    static String encodePath(String relative) {
        StringBuilder sb = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
