package io.migrationlsp.core.python;

import io.migrationlsp.core.python.PythonToken.Kind;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tenant DDL out of {@code app/tenant/tables.py} without running it. Every string
 * literal in the body of {@code get_tenant_tables_sql}, in order, is part of the SQL: that covers
 * a single {@code return f"""..."""}, adjacent literals, {@code +} concatenation and a list of
 * strings {@code "\n".join}-ed, without understanding any of them. The docstring is left out.
 */
public final class TablesPy {
    public static final String FUNCTION = "get_tenant_tables_sql";

    private TablesPy() {}

    public static TablesPyResult read(String pythonText, String placeholder) {
        return read(pythonText, FUNCTION, placeholder);
    }

    /**
     * @param placeholder the f-string field kept verbatim, as the bare name ({@code schema_name}) or
     *                    with its braces ({@code {schema_name}}); the SQL holds it with braces either way
     */
    public static TablesPyResult read(String pythonText, String functionName, String placeholder) {
        placeholder = bareName(placeholder);
        String source = pythonText == null ? "" : pythonText;
        List<PythonLogicalLine> lines = PythonLogicalLine.of(PythonTokenizer.tokenize(source));
        PythonBlock function = PythonBlock.find(source, lines, "def", functionName);
        if (function == null) {
            return new TablesPyResult.Unreadable(TablesPyResult.Reason.FUNCTION_MISSING, null,
                    "No `def " + functionName + "(...)` found.");
        }
        TextSpan nameSpan = function.nameToken(source).span();
        List<PythonToken> strings = sqlStrings(function);
        if (strings.isEmpty()) {
            return new TablesPyResult.Unreadable(TablesPyResult.Reason.NO_STRING, nameSpan,
                    "`" + functionName + "` holds no string literal to read SQL from.");
        }
        return TablesPySql.of(source, strings, placeholder, nameSpan, true);
    }

    private static String bareName(String placeholder) {
        if (placeholder != null && placeholder.length() > 2 && placeholder.startsWith("{") && placeholder.endsWith("}")) {
            return placeholder.substring(1, placeholder.length() - 1);
        }
        return placeholder;
    }

    /** String tokens of the body in order, without the docstring (a first statement that is only a string). */
    private static List<PythonToken> sqlStrings(PythonBlock function) {
        List<PythonToken> tokens = new ArrayList<>(function.bodyTokens());
        if (function.headerTail().isEmpty() && !function.body().isEmpty() && function.body().get(0).isOnlyStrings()) {
            tokens.removeAll(function.body().get(0).tokens());
        }
        return tokens.stream().filter(t -> t.kind() == Kind.STRING).toList();
    }
}
