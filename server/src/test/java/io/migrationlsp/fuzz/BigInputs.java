package io.migrationlsp.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pathological inputs: large files, a megabyte on one line, many statements, deep nesting. */
final class BigInputs {
    private BigInputs() {}

    /** Name to text; {@code megabytes} sets the size of the large file (several MB in the suite, 50 in the long run). */
    static Map<String, String> all(List<String> seeds, int megabytes) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(megabytes + " MB file of concatenated migrations", concatenated(seeds, megabytes * 1024 * 1024, false));
        out.put(megabytes + " MB file of distinct statements", distinctStatements(megabytes * 1024 * 1024));
        out.put("1 MB single line", concatenated(seeds, 1024 * 1024, true));
        out.put("1 MB single-line string literal", "INSERT INTO {schema_name}.[T] (A) VALUES (N'" + "x".repeat(1024 * 1024) + "');");
        out.put("1 MB unterminated block comment", "CREATE TABLE {schema_name}.[T] (ID INT NOT NULL);\n/*" + "-- ".repeat(350_000));
        out.put("100k statements", hundredThousandStatements());
        out.put("100k statements without semicolons or newlines", "SELECT 1 ".repeat(100_000));
        out.put("parentheses nested 10,000 deep", "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ";");
        out.put("10,000 unclosed parentheses", "CREATE TABLE {schema_name}.[T] " + "(".repeat(10_000));
        out.put("10,000 stray closing parentheses", ")".repeat(10_000) + " CREATE TABLE {schema_name}.[T] (ID INT NOT NULL);");
        out.put("nested 10,000 deep in a column default", "CREATE TABLE {schema_name}.[T] (ID INT NOT NULL DEFAULT "
                + "(".repeat(10_000) + "0" + ")".repeat(10_000) + ");");
        out.put("10,000 nested brackets", "SELECT " + "[".repeat(10_000) + "x" + "]".repeat(10_000));
        out.put("10,000 nested block comments", "/*".repeat(10_000) + "x" + "*/".repeat(10_000) + " SELECT 1;");
        out.put("one CREATE TABLE with 20,000 columns", wideTable(20_000));
        return out;
    }

    static String concatenated(List<String> seeds, int size, boolean oneLine) {
        StringBuilder sb = new StringBuilder(size + 4096);
        int i = 0;
        while (sb.length() < size) {
            String s = seeds.get(i++ % seeds.size());
            // One line: line comments would swallow the rest, so they become block comments.
            sb.append(oneLine ? s.replaceAll("--([^\\n]*)", "/*$1*/").replace('\n', ' ').replace('\r', ' ') : s).append(oneLine ? " " : "\n");
        }
        return sb.toString();
    }

    static String distinctStatements(int size) {
        StringBuilder sb = new StringBuilder(size + 256);
        int i = 0;
        sb.append("-- Tables\n");
        while (sb.length() < size) {
            sb.append("ALTER TABLE {schema_name}.[T").append(i % 500).append("] ADD [C").append(i)
                    .append("] NVARCHAR(").append(1 + i % 4000).append(") NULL;\n");
            i++;
        }
        return sb.toString();
    }

    static String hundredThousandStatements() {
        StringBuilder sb = new StringBuilder();
        sb.append("-- Tables\n");
        for (int i = 0; i < 100_000; i++) {
            switch (i % 4) {
                case 0 -> sb.append("ALTER TABLE {schema_name}.[ORDERS] ADD [C").append(i).append("] INT NULL;\n");
                case 1 -> sb.append("CREATE INDEX [IX_ORDERS_C").append(i).append("] ON {schema_name}.[ORDERS] ([C").append(i - 1).append("]);\n");
                case 2 -> sb.append("UPDATE {schema_name}.[ORDERS] SET [C").append(i - 2).append("] = ").append(i).append(";\n");
                default -> sb.append("INSERT INTO {schema_name}.[ORDERS] ([C").append(i - 3).append("]) VALUES (").append(i).append(");\n");
            }
        }
        return sb.toString();
    }

    static String wideTable(int columns) {
        List<String> cols = new ArrayList<>();
        cols.add("[ID] INT NOT NULL IDENTITY(1,1) PRIMARY KEY");
        for (int i = 0; i < columns; i++) {
            cols.add("[C" + i + "] FLOAT NULL");
        }
        return "-- Tables\nCREATE TABLE {schema_name}.[WIDE] (\n    " + String.join(",\n    ", cols) + "\n);\n";
    }
}
