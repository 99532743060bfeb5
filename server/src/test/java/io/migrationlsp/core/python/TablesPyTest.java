package io.migrationlsp.core.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.text.TextSpan;
import org.junit.jupiter.api.Test;

class TablesPyTest {
    private static final String PLACEHOLDER = "schema_name";

    private static TablesPySql sqlOf(String python) {
        return assertInstanceOf(TablesPySql.class, TablesPy.read(python, PLACEHOLDER));
    }

    private static TextSpan sqlSpanOf(TablesPySql t, String needle) {
        int at = t.sql().indexOf(needle);
        assertTrue(at >= 0, needle + " not in SQL:\n" + t.sql());
        return new TextSpan(at, at + needle.length());
    }

    /** Every SQL char that is not a decoded escape or a join comes verbatim from the Python char it maps to. */
    private static void assertRoundTrip(String python, TablesPySql t) {
        for (int i = 0; i < t.sql().length(); i++) {
            TextSpan source = t.toPython(new TextSpan(i, i + 1));
            if (source.length() == 1) {
                char sql = t.sql().charAt(i);
                if (sql == 'x' && python.charAt(source.start()) != 'x') {
                    assertTrue(inField(t, source.start()), "SQL char " + i + " 'x' maps outside a replacement field");
                } else {
                    assertEquals(python.charAt(source.start()), sql, "SQL char " + i);
                }
            } else {
                boolean join = source.length() == 0 && t.sql().charAt(i) == '\n';
                boolean escape = python.charAt(source.start()) == '\\'
                        || python.startsWith("{{", source.start()) || python.startsWith("}}", source.start());
                assertTrue(join || escape, "SQL char " + i + " maps to " + source);
            }
        }
    }

    private static boolean inField(TablesPySql t, int pythonOffset) {
        return t.literals().stream().flatMap(l -> l.string().fields().stream()).anyMatch(f -> f.contains(pythonOffset));
    }

    @Test
    void exampleTablesPyGivesItsCreateTablesWithThePlaceholderKept() {
        String python = PlatformExample.read("app/tenant/tables.py");
        TablesPySql t = sqlOf(python);
        assertTrue(t.sql().contains("CREATE TABLE {schema_name}.[HEALTH_PLAN] ("), t.sql());
        assertTrue(t.sql().contains("REFERENCES {schema_name}.[HEALTH_PLAN](ID)"));
        assertEquals("get_tenant_tables_sql", t.functionNameSpan().of(python));
        assertEquals(1, t.literals().size());
        assertRoundTrip(python, t);
    }

    @Test
    void aSqlSpanMapsToExactlyTheSameCharsInThePythonFile() {
        String python = PlatformExample.read("app/tenant/tables.py");
        TablesPySql t = sqlOf(python);
        TextSpan sql = sqlSpanOf(t, "HEALTH_PLAN");
        TextSpan py = t.toPython(sql);
        assertEquals("HEALTH_PLAN", py.of(python));
        assertEquals(python.indexOf("CREATE TABLE {schema_name}.[HEALTH_PLAN]") + "CREATE TABLE {schema_name}.[".length(), py.start());
        assertEquals("{schema_name}", t.toPython(sqlSpanOf(t, "{schema_name}")).of(python));
    }

    @Test
    void implicitAndPlusConcatenationAreJoinedWithALineBreakAndMapPerLiteral() {
        String python = String.join("\n",
                "def get_tenant_tables_sql(schema_name):",
                "    sql = (f\"CREATE TABLE {schema_name}.[A] (ID INT);\"",
                "           f'CREATE TABLE {schema_name}.[B] (ID INT);')",
                "    return sql + \"CREATE INDEX IDX_B ON \" + f\"{schema_name}.[B](ID);\"",
                "");
        TablesPySql t = sqlOf(python);
        assertEquals(String.join("\n",
                "CREATE TABLE {schema_name}.[A] (ID INT);",
                "CREATE TABLE {schema_name}.[B] (ID INT);",
                "CREATE INDEX IDX_B ON ",
                "{schema_name}.[B](ID);"), t.sql());
        assertEquals(4, t.literals().size());
        assertEquals("[B]", t.toPython(sqlSpanOf(t, "[B] (ID")).of(python).substring(0, 3));
        assertEquals("IDX_B", t.toPython(sqlSpanOf(t, "IDX_B")).of(python));
        // the joining line break after literal 1 maps to the end of its content (its closing quote)
        int join = t.literals().get(0).sqlSpan().end();
        assertEquals('\n', t.sql().charAt(join));
        assertEquals(t.literals().get(0).contentSpan().end(), t.toPython(join));
        assertRoundTrip(python, t);
    }

    @Test
    void listOfStringsJoinedIsEveryLiteralInOrderDocstringLeftOut() {
        String python = String.join("\n",
                "def get_tenant_tables_sql(schema_name: str) -> str:",
                "    \"\"\"Docstring, not SQL.\"\"\"",
                "    parts = []",
                "    parts.append(f\"CREATE TABLE {schema_name}.[A] (ID INT);\")",
                "    # parts.append('commented out')",
                "    parts.append(f\"CREATE TABLE {schema_name}.[B] (ID INT);\")",
                "    return \"\\n\".join(parts)",
                "",
                "OTHER = 'after the function'",
                "");
        TablesPySql t = sqlOf(python);
        assertEquals("CREATE TABLE {schema_name}.[A] (ID INT);\nCREATE TABLE {schema_name}.[B] (ID INT);\n\n", t.sql());
        assertEquals(3, t.literals().size());
        assertRoundTrip(python, t);
    }

    @Test
    void doubledBracesBecomeOneAndOtherFieldsBecomeSameLengthRunsOfX() {
        String python = "def get_tenant_tables_sql(schema_name):\n"
                + "    return f\"SELECT '{{a}}' FROM {schema_name}.[T] WHERE N = {limit + 1}; -- {{x}}\"\n";
        TablesPySql t = sqlOf(python);
        assertEquals("SELECT '{a}' FROM {schema_name}.[T] WHERE N = xxxxxxxxxxx; -- {x}", t.sql());
        assertEquals("{{a}}", t.toPython(sqlSpanOf(t, "{a}")).of(python));
        assertEquals("{limit + 1}", t.toPython(sqlSpanOf(t, "xxxxxxxxxxx")).of(python));
        assertEquals("[T]", t.toPython(sqlSpanOf(t, "[T]")).of(python));
        assertRoundTrip(python, t);
    }

    @Test
    void placeholderMayBeGivenWithItsBraces() {
        String python = "def get_tenant_tables_sql(schema_name):\n    return f\"CREATE TABLE {schema_name}.[T] (ID INT);\"\n";
        TablesPySql t = assertInstanceOf(TablesPySql.class, TablesPy.read(python, "{schema_name}"));
        assertEquals("CREATE TABLE {schema_name}.[T] (ID INT);", t.sql());
        assertEquals("schema_name", t.placeholder());
    }

    @Test
    void placeholderInsideAFieldWithSpacesStaysThePlaceholder() {
        String python = "def get_tenant_tables_sql(schema_name):\n    return f\"CREATE TABLE { schema_name }.[T] (ID INT);\"\n";
        TablesPySql t = sqlOf(python);
        assertEquals("CREATE TABLE {schema_name}.[T] (ID INT);", t.sql());
        assertEquals("schema_name", t.toPython(sqlSpanOf(t, "schema_name")).of(python));
        assertEquals("[T]", t.toPython(sqlSpanOf(t, "[T]")).of(python));
    }

    @Test
    void escapeSequencesAreDecodedAndShiftLaterOffsetsCorrectly() {
        String python = "def get_tenant_tables_sql(schema_name):\n"
                + "    return f\"CREATE TABLE {schema_name}.[A] (ID INT);\\n\\tCREATE TABLE {schema_name}.[B] (N NVARCHAR(5) DEFAULT '\\x41\\u00e9');\"\n";
        TablesPySql t = sqlOf(python);
        assertEquals("CREATE TABLE {schema_name}.[A] (ID INT);\n\tCREATE TABLE {schema_name}.[B] (N NVARCHAR(5) DEFAULT 'Aé');",
                t.sql());
        TextSpan b = t.toPython(sqlSpanOf(t, "[B]"));
        assertEquals("[B]", b.of(python));
        assertEquals("\\n", t.toPython(sqlSpanOf(t, "\n")).of(python));
        assertEquals("\\x41\\u00e9", t.toPython(sqlSpanOf(t, "Aé")).of(python));
        assertRoundTrip(python, t);
    }

    @Test
    void rawLiteralsKeepBackslashes() {
        String python = "def get_tenant_tables_sql(schema_name):\n    return rf'CREATE TABLE {schema_name}.[T] (P NVARCHAR(9) DEFAULT \\'C:\\n\\');'\n";
        TablesPySql t = sqlOf(python);
        assertEquals("CREATE TABLE {schema_name}.[T] (P NVARCHAR(9) DEFAULT \\'C:\\n\\');", t.sql());
        assertRoundTrip(python, t);
    }

    @Test
    void backslashNewlineContinuesTheLiteralWithoutALineBreak() {
        String python = "def get_tenant_tables_sql(schema_name):\n    return \"CREATE TABLE \\\nT (ID INT);\"\n";
        TablesPySql t = sqlOf(python);
        assertEquals("CREATE TABLE T (ID INT);", t.sql());
        assertEquals("T (ID", t.toPython(sqlSpanOf(t, "T (ID")).of(python));
    }

    @Test
    void missingFunctionSaysSo() {
        TablesPyResult r = TablesPy.read("def other(schema_name):\n    return 'CREATE TABLE X (ID INT);'\n", PLACEHOLDER);
        TablesPyResult.Unreadable u = assertInstanceOf(TablesPyResult.Unreadable.class, r);
        assertEquals(TablesPyResult.Reason.FUNCTION_MISSING, u.reason());
        assertNull(u.functionNameSpan());
        assertEquals(TablesPyResult.Reason.FUNCTION_MISSING,
                ((TablesPyResult.Unreadable) TablesPy.read("", PLACEHOLDER)).reason());
    }

    @Test
    void functionWithoutStringsSaysSoAndPointsAtItsName() {
        String python = "def get_tenant_tables_sql(schema_name):\n    \"\"\"Only a docstring.\"\"\"\n    return build(schema_name)\n";
        TablesPyResult.Unreadable u = assertInstanceOf(TablesPyResult.Unreadable.class, TablesPy.read(python, PLACEHOLDER));
        assertEquals(TablesPyResult.Reason.NO_STRING, u.reason());
        assertEquals("get_tenant_tables_sql", u.functionNameSpan().of(python));
    }

    @Test
    void stringsAfterTheFunctionBodyAreNotPartOfTheSql() {
        String python = "def get_tenant_tables_sql(schema_name):\n    return f'A {schema_name}'\n\nX = 'not sql'\n";
        assertEquals("A {schema_name}", sqlOf(python).sql());
    }

    @Test
    void insertionAfterASqlOffsetLandsThereInTheSameLiteral() {
        String python = PlatformExample.read("app/tenant/tables.py");
        TablesPySql t = sqlOf(python);
        String endOfContract = "CREATE INDEX IDX_REBATE_CONTRACT_TENANT_APP_ID ON {schema_name}.[REBATE_CONTRACT](TENANT_APP_ID);";
        int sqlOffset = t.sql().indexOf(endOfContract) + endOfContract.length();
        int at = t.insertionOffsetAfterSql(sqlOffset);
        String added = "\n\nCREATE TABLE {schema_name}.[NEW_T] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY);";
        String edited = python.substring(0, at) + t.encodeForLiteralAt(at, added) + python.substring(at);
        TablesPySql after = sqlOf(edited);
        assertEquals(t.sql().substring(0, sqlOffset) + added + t.sql().substring(sqlOffset), after.sql());
        assertEquals(1, after.literals().size());
    }

    @Test
    void insertionEncodesBracesBackslashesAndQuotesForTheTargetLiteral() {
        String python = "def get_tenant_tables_sql(schema_name):\n    return f\"A {schema_name};\" f'B\\n;'\n";
        TablesPySql t = sqlOf(python);
        int sqlOffset = t.sql().indexOf("B\n") + 2;
        int at = t.insertionOffsetAfterSql(sqlOffset);
        String added = "\nC '{x}' {schema_name}\\";
        String edited = python.substring(0, at) + t.encodeForLiteralAt(at, added) + python.substring(at);
        TablesPySql after = sqlOf(edited);
        assertEquals(t.sql().substring(0, sqlOffset) + added + t.sql().substring(sqlOffset), after.sql());
    }

    @Test
    void insertionNeverSplitsAnEscapeOrAField() {
        String python = "def get_tenant_tables_sql(schema_name):\n    return f\"X{n}\\nY\"\n";
        TablesPySql t = sqlOf(python);
        assertEquals("Xxxx\nY", t.sql());
        assertEquals(python.indexOf("{n}") + 3, t.insertionOffsetAfterSql(2));
        assertEquals(python.indexOf("\\nY") + 2, t.insertionOffsetAfterSql(5));
        assertEquals(t.literals().get(0).contentSpan().start(), t.insertionOffsetAfterSql(0));
    }
}
