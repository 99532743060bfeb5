package io.migrationlsp.core.python;

import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL held in Python string literals (the body of tables.py's {@code get_tenant_tables_sql}, the
 * argument of an Alembic {@code op.execute}), decoded and joined with {@code "\n"}, as a virtual
 * SQL document whose every char knows where it came from in the Python file. Findings on the SQL
 * map back to the Python file with {@link #toPython(TextSpan)}.
 */
public final class TablesPySql implements TablesPyResult {
    /**
     * One string literal of the body.
     *
     * @param pythonSpan  the whole token: prefix, quotes and content
     * @param contentSpan the content between the quotes
     * @param sqlSpan     what the content became in {@link #sql()}
     */
    public record Literal(TextSpan pythonSpan, TextSpan contentSpan, TextSpan sqlSpan, PythonString string) {}

    private final String sql;
    private final String placeholder;
    private final TextSpan functionNameSpan;
    private final List<Literal> literals;
    private final SourceMappedText mapped;

    private static final char JOIN = '\n';

    /**
     * The SQL of string literal tokens read in order: each decoded (a replacement field naming the
     * placeholder kept as {@code {placeholder}}, any other field a run of {@code x}), joined with
     * {@code "\n"} when {@code joinLines} (separate literals of a function body), else joined with
     * nothing (adjacent literals, which Python concatenates). {@code placeholder} may be null;
     * {@code nameSpan} is where the Python code that holds the SQL is named (a function's name, a call's callee).
     */
    public static TablesPySql of(String source, List<PythonToken> strings, String placeholder, TextSpan nameSpan,
                                 boolean joinLines) {
        SourceMappedText sql = new SourceMappedText();
        List<Literal> literals = new ArrayList<>();
        for (PythonToken t : strings) {
            if (!literals.isEmpty() && joinLines) {
                int previousEnd = literals.get(literals.size() - 1).contentSpan().end();
                sql.append(JOIN, previousEnd, previousEnd);
            }
            int sqlStart = sql.length();
            StringLiteralDecoder.decode(source, t.string(), placeholder, sql);
            literals.add(new Literal(t.span(), t.string().contentSpan(), new TextSpan(sqlStart, sql.length()), t.string()));
        }
        return new TablesPySql(placeholder, nameSpan, literals, sql);
    }

    TablesPySql(String placeholder, TextSpan functionNameSpan, List<Literal> literals, SourceMappedText mapped) {
        this.sql = mapped.text();
        this.placeholder = placeholder;
        this.functionNameSpan = functionNameSpan;
        this.literals = List.copyOf(literals);
        this.mapped = mapped;
    }

    public String sql() {
        return sql;
    }

    public String placeholder() {
        return placeholder;
    }

    public TextSpan functionNameSpan() {
        return functionNameSpan;
    }

    public List<Literal> literals() {
        return literals;
    }

    /**
     * The Python offset of the char at {@code sqlOffset}: a decoded escape maps to its backslash,
     * a joining {@code "\n"} to the end of the previous literal's content; the end of the SQL maps
     * to the end of the last literal's content.
     */
    public int toPython(int sqlOffset) {
        if (sql.isEmpty()) {
            return literals.get(0).contentSpan().start();
        }
        if (sqlOffset >= sql.length()) {
            return mapped.sourceEnd(sql.length() - 1);
        }
        return mapped.sourceStart(Math.max(0, sqlOffset));
    }

    /** The Python span a SQL span came from: start as {@link #toPython(int)}, end after the source of its last char. */
    public TextSpan toPython(TextSpan sqlSpan) {
        int start = toPython(sqlSpan.start());
        if (sqlSpan.length() == 0 || sql.isEmpty()) {
            return new TextSpan(start, start);
        }
        int last = Math.min(sqlSpan.end(), sql.length()) - 1;
        return new TextSpan(start, Math.max(start, mapped.sourceEnd(last)));
    }

    /**
     * The SQL offset of the char at {@code pythonOffset} (the inverse of {@link #toPython(int)}):
     * inside an escape sequence or a replacement field, the char it decodes to; at the end of a
     * literal's content, the end of what it became. -1 when the offset is outside every literal.
     */
    public int toSql(int pythonOffset) {
        Literal literal = literalAt(pythonOffset);
        if (literal == null) {
            return -1;
        }
        TextSpan sqlSpan = literal.sqlSpan();
        int lo = sqlSpan.start();
        int hi = sqlSpan.end() - 1;
        int found = sqlSpan.end();
        // Within one literal the source starts grow with the SQL offsets: the last char starting at or before wins.
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mapped.sourceStart(mid) <= pythonOffset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < sqlSpan.end() && pythonOffset >= mapped.sourceEnd(found) && pythonOffset == literal.contentSpan().end()) {
            return sqlSpan.end();
        }
        return found;
    }

    /**
     * Where to insert into the Python file so that the inserted SQL lands right after SQL offset
     * {@code sqlOffset} (between char {@code sqlOffset - 1} and char {@code sqlOffset}), inside the
     * literal that holds char {@code sqlOffset - 1}; after a joining {@code "\n"}, at the end of the
     * literal before it. Never inside an escape sequence or a replacement field. The inserted text
     * must be encoded for that literal: see {@link #encodeForLiteralAt(int, String)}.
     */
    public int insertionOffsetAfterSql(int sqlOffset) {
        if (sqlOffset <= 0 || sql.isEmpty()) {
            return literals.get(0).contentSpan().start();
        }
        int python = mapped.sourceEnd(Math.min(sqlOffset, sql.length()) - 1);
        Literal literal = literalAt(python);
        if (literal != null) {
            for (TextSpan field : literal.string().fields()) {
                if (field.start() < python && python < field.end()) {
                    return field.end();
                }
            }
        }
        return python;
    }

    /**
     * SQL text written so that, inserted at {@code pythonOffset}, the literal there evaluates to
     * exactly {@code sqlText}: braces doubled in f-strings (the placeholder field kept), backslashes
     * and the quote char escaped, line breaks escaped in single-quoted literals. A raw literal
     * cannot escape, so the text goes in as is.
     */
    public String encodeForLiteralAt(int pythonOffset, String sqlText) {
        Literal literal = literalAt(pythonOffset);
        PythonString s = literal == null ? literals.get(literals.size() - 1).string() : literal.string();
        String field = "{" + placeholder + "}";
        // Asked once, not per char: each asks the literal's prefix again.
        boolean formatted = s.formatted();
        boolean raw = s.raw();
        boolean tripleQuoted = s.tripleQuoted();
        char quote = s.quote().charAt(0);
        StringBuilder b = new StringBuilder(sqlText.length() + 16);
        for (int i = 0; i < sqlText.length(); i++) {
            char c = sqlText.charAt(i);
            if (formatted && c == '{' && sqlText.startsWith(field, i)) {
                b.append(field);
                i += field.length() - 1;
            } else if (formatted && (c == '{' || c == '}')) {
                b.append(c).append(c);
            } else if (!raw && (c == '\\' || c == quote)) {
                b.append('\\').append(c);
            } else if (!raw && !tripleQuoted && c == '\n') {
                b.append("\\n");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The literal whose content holds {@code pythonOffset} (its end included), or null. */
    public Literal literalAt(int pythonOffset) {
        // The literals come in source order and never overlap (quotes stand between them): a binary
        // search, since every finding's fix asks and a large tables.py has thousands of literals.
        int lo = 0;
        int hi = literals.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan content = literals.get(mid).contentSpan();
            if (pythonOffset < content.start()) {
                hi = mid - 1;
            } else if (pythonOffset > content.end()) {
                lo = mid + 1;
            } else {
                return literals.get(mid);
            }
        }
        return null;
    }
}
