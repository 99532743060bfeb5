package io.migrationlsp.core.workspace.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.text.LineMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The schema manifest as the guide shows it and as teams write it: values, problems with positions, edits. */
class ManifestReaderTest {
    private static final String PATH = "docs/canon/DB_SCHEMA_MANIFEST.json";

    private static SchemaManifest read(String text) {
        return ManifestReader.read(PATH, text);
    }

    private static String apply(String text, Edit e) {
        assertEquals(PATH, e.path());
        return text.substring(0, e.span().start()) + e.newText() + text.substring(e.span().end());
    }

    /** "line:column text" of each problem, 1-based. */
    private static List<String> problems(SchemaManifest m) {
        LineMap lines = new LineMap(m.text());
        return m.problems().stream().map(p -> {
            LineMap.Position s = lines.position(p.span().start());
            return (s.line() + 1) + ":" + (s.column() + 1) + " " + m.text().substring(p.span().start(), p.span().end());
        }).toList();
    }

    @Test
    void theGuidesExampleEntry() {
        SchemaManifest m = read("""
                {
                  "tables": [
                    "assessments",
                    "funnels_catalog",
                    "new_canonical_table"
                  ],
                  "enums": [
                    "user_role",
                    "new_canonical_enum"
                  ]
                }
                """);
        assertEquals(List.of(), m.problems());
        assertTrue(m.hasTable(null, "assessments"));
        assertTrue(m.hasTable("public", "FUNNELS_CATALOG"), "unquoted names fold to lower case");
        assertFalse(m.hasTable("billing", "assessments"), "a bare name is a public table");
        assertTrue(m.hasEnum("public", "user_role"));
        assertFalse(m.hasEnum(null, "assessments"));
    }

    @Test
    void qualifiedNamesAndDeprecatedShapes() {
        SchemaManifest m = read("""
                {
                  "tables": ["billing.invoices", "public.orders"],
                  "deprecated": {
                    "tables": ["old_orders", {"name": "older_orders", "replacement": "orders"}],
                    "legacy_fn": "computed in the app now",
                    "old_view": {"kind": "view", "reason": "slow"},
                    "columns": ["orders.legacy_total"]
                  }
                }
                """);
        assertEquals(List.of(), m.problems());
        assertTrue(m.hasTable("billing", "invoices"));
        assertFalse(m.hasTable(null, "invoices"));
        assertTrue(m.hasTable(null, "orders"));
        assertFalse(m.listsEnums(), "no enums section: the enum rule has nothing to say");
        assertEquals(List.of(
                new SchemaManifest.Deprecated("old_orders", "table", null),
                new SchemaManifest.Deprecated("older_orders", "table", "use orders"),
                new SchemaManifest.Deprecated("legacy_fn", null, "computed in the app now"),
                new SchemaManifest.Deprecated("old_view", "table", "slow"),
                new SchemaManifest.Deprecated("orders.legacy_total", "column", null)), m.deprecated());
        SchemaManifest list = read("{\"deprecated\": [\"a\", {\"function\": \"b\"}, {\"table\": \"c\", \"reason\": \"r\"}]}");
        assertEquals(List.of(new SchemaManifest.Deprecated("a", null, null), new SchemaManifest.Deprecated("b", "function", null),
                new SchemaManifest.Deprecated("c", "table", "r")), list.deprecated());
    }

    @Test
    void notJsonIsOneErrorWhereGsonStops() {
        SchemaManifest m = read("""
                {
                  "tables": [
                    "assessments"
                    "orders"
                  ]
                }
                """);
        assertEquals(List.of("4:5 \"orders\""), problems(m));
        assertEquals(Severity.ERROR, m.problems().get(0).severity());
        assertFalse(m.listsTables());
        assertNull(m.addTable("x"), "no edit into a file that is not JSON");
        assertEquals(List.of("2:17 ]"), problems(read("{\n  \"tables\": [\"a\"]\n\n")), "cut short: its last character");
        assertEquals(1, read("").problems().size());
        assertEquals(1, read("[\"tables\"]").problems().size());
        assertEquals(List.of("1:19 trailing"), problems(read("{\"tables\": [\"a\"]} trailing")));
    }

    @Test
    void wrongShapesAreReportedWhereTheyAreAndTheRestIsRead() {
        SchemaManifest m = read("""
                {
                  "tables": {"a": 1},
                  "enums": ["user_role", 7, "", "user_role",],
                  "deprecated": [["nested"]],
                  "columns": "none",
                  "owner": "dba"
                }
                """);
        assertEquals(List.of("2:13 {\"a\": 1}", "3:26 7", "3:29 \"\"", "3:33 \"user_role\"", "4:18 [\"nested\"]",
                "5:14 \"none\"", "6:3 \"owner\""), problems(m));
        assertFalse(m.listsTables());
        assertTrue(m.hasEnum(null, "user_role"));
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING,
                Severity.WARNING, Severity.HINT), m.problems().stream().map(SchemaManifest.Problem::severity).toList());
    }

    @Test
    void addsInAlphabeticalPlaceKeepingTheArraysFormatting() {
        String text = """
                {
                  "tables": [
                    "assessments",
                    "funnels_catalog",
                    "new_canonical_table"
                  ],
                  "enums": ["user_role"]
                }
                """;
        SchemaManifest m = read(text);
        assertEquals("""
                {
                  "tables": [
                    "assessments",
                    "device_shipments",
                    "funnels_catalog",
                    "new_canonical_table"
                  ],
                  "enums": ["user_role"]
                }
                """, apply(text, m.addTable("device_shipments")));
        assertEquals(text.replace("\"new_canonical_table\"\n", "\"new_canonical_table\",\n    \"support_cases\"\n"),
                apply(text, m.addTable("support_cases")));
        assertEquals(text.replace("[\n    \"assessments\"", "[\n    \"aaa\",\n    \"assessments\""), apply(text, m.addTable("aaa")));
        assertEquals(text.replace("[\"user_role\"]", "[\"shipment_status\", \"user_role\"]"), apply(text, m.addEnum("shipment_status")));
        assertEquals(text.replace("[\"user_role\"]", "[\"user_role\", \"zone\"]"), apply(text, m.addEnum("zone")));
    }

    @Test
    void unsortedArraysGetTheNameAtTheEndAndMissingArraysAreCreated() {
        String unsorted = "{\n\t\"tables\": [\n\t\t\"z\",\n\t\t\"a\"\n\t]\n}\n";
        SchemaManifest m = read(unsorted);
        assertEquals("{\n\t\"tables\": [\n\t\t\"z\",\n\t\t\"a\",\n\t\t\"m\"\n\t]\n}\n", apply(unsorted, m.addTable("m")));
        assertEquals("{\n\t\"enums\": [\"e\"],\n\t\"tables\": [\n\t\t\"z\",\n\t\t\"a\"\n\t]\n}\n", apply(unsorted, m.addEnum("e")));
        String one = "{\n  \"tables\": [\n    \"only\"\n  ]\n}";
        assertEquals("{\n  \"tables\": [\n    \"only\",\n    \"x\"\n  ]\n}", apply(one, read(one).addTable("x")));
        assertEquals("{\"tables\": [\"x\"]}", apply("{\"tables\": []}", read("{\"tables\": []}").addTable("x")));
        assertEquals("{\"tables\": [\"x\"]}", apply("{}", read("{}").addTable("x")));
        String crlf = "{\r\n  \"tables\": [\r\n    \"b\"\r\n  ]\r\n}\r\n";
        assertEquals("{\r\n  \"tables\": [\r\n    \"b\",\r\n    \"c\"\r\n  ]\r\n}\r\n", apply(crlf, read(crlf).addTable("c")));
        assertEquals("{\"tables\": [\"a\\\"b\"]}", apply("{}", read("{}").addTable("a\"b")), "JSON-escaped");
    }

    @Test
    void lenientInputKeepsPositionsAligned() {
        String text = "// the canon\n{\n  # tables\n  tables: ['a', , 'c',],\n  /* enums */ \"enums\": [\"e\"]\n}\n";
        SchemaManifest m = read(text);
        assertEquals(List.of(), m.problems());
        assertTrue(m.hasTable(null, "c"));
        Edit add = m.addTable("b");
        assertNotNull(add);
        assertEquals(text.replace("['a', , 'c',]", "['a', , \"b\", 'c',]"), apply(text, add));
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(6);
        String alphabet = "{}[]\",:;/#*' \n\tabc019\\u";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SchemaManifest m = read(sb.toString());
            for (SchemaManifest.Problem p : m.problems()) {
                assertTrue(p.span().end() <= sb.length(), sb.toString());
            }
            Edit e = m.addTable("t");
            if (e != null) {
                assertTrue(e.span().end() <= sb.length());
            }
        }
        assertEquals(1, read("[".repeat(100_000)).problems().size());
    }
}
