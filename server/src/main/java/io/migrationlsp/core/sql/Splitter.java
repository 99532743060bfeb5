package io.migrationlsp.core.sql;

import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.Lexer;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a SQL text into statements. {@code ;} and {@code GO} lines end statements; without them a
 * statement keyword at depth 0 does (see {@link StatementBoundaries}). {@code IF <cond> <stmt> [ELSE
 * <stmt>]} and {@code BEGIN ... END} stay one statement; T-SQL routine bodies run to the batch end.
 */
public final class Splitter {
    private static final Pattern HEADER_LOOSE =
            Pattern.compile("(?i)^--+\\s*=*\\s*(platform|tenant)\\s+migrations?\\s*=*\\s*$");
    private static final Pattern NOTE_LOOSE = Pattern.compile("(?i)^--+\\s*note\\s*:?.*tables\\.py.*$");

    private final String text;
    private final Dialect dialect;
    private final List<Token> all;
    private final List<Token> sig = new ArrayList<>();
    private final List<Token> comments = new ArrayList<>();
    private final List<TextSpan> goLines = new ArrayList<>();
    private final Set<Integer> goIndexes = new java.util.HashSet<>();

    private Splitter(String text, Dialect dialect) {
        this(text, dialect, Lexer.lex(text, dialect));
    }

    private Splitter(String text, Dialect dialect, List<Token> tokens) {
        this.text = text;
        this.dialect = dialect;
        this.all = tokens;
    }

    /**
     * Splits the statements inside {@code [from, to)} of an already split text (the body of a
     * {@code BEGIN ... END} block). They take the section and suppressions of the enclosing statement.
     */
    public static List<Statement> splitRange(String text, Dialect dialect, int from, int to, Statement enclosing) {
        List<Token> shifted = new ArrayList<>();
        for (Token t : Lexer.lex(text.substring(from, to), dialect)) {
            shifted.add(new Token(t.kind(), t.start() + from, t.end() + from, t.text(), t.unterminated()));
        }
        SplitFile inner = new Splitter(text, dialect, shifted).run();
        List<Statement> result = new ArrayList<>();
        for (Statement s : inner.statements()) {
            result.add(new Statement(s.index(), s.tokens(), s.terminator(), enclosing.section(), enclosing.suppressed()));
        }
        return result;
    }

    public static SplitFile split(String text, Dialect dialect) {
        return new Splitter(text, dialect).run();
    }

    private SplitFile run() {
        for (Token t : all) {
            if (t.kind().isComment()) {
                comments.add(t);
            } else {
                if (dialect == Dialect.TSQL && isGoLine(t)) {
                    goIndexes.add(sig.size());
                    goLines.add(t.span());
                }
                sig.add(t);
            }
        }
        List<SectionHeader> headers = findHeaders();
        List<int[]> ranges = new ArrayList<>();
        int i = 0;
        while (i < sig.size()) {
            if (goIndexes.contains(i)) {
                i = skipGoCount(i + 1);
                continue;
            }
            if (sig.get(i).isPunct(";")) {
                i++;
                continue;
            }
            int end = scan(i);
            if (end <= i) {
                end = i + 1;
            }
            boolean terminated = end < sig.size() && sig.get(end).isPunct(";");
            ranges.add(new int[] {i, end, terminated ? 1 : 0});
            i = end + (terminated ? 1 : 0);
        }
        Set<String> fileSuppressed = new LinkedHashSet<>();
        List<Statement> statements = new ArrayList<>();
        for (int n = 0; n < ranges.size(); n++) {
            int[] r = ranges.get(n);
            List<Token> tokens = List.copyOf(sig.subList(r[0], r[1]));
            Token terminator = r[2] == 1 ? sig.get(r[1]) : null;
            int start = tokens.get(0).start();
            int nextStart = n + 1 < ranges.size() ? sig.get(ranges.get(n + 1)[0]).start() : text.length();
            statements.add(new Statement(statements.size(), tokens, terminator, sectionAt(headers, start),
                    statementSuppressions(start, nextStart)));
        }
        for (Token t : comments) {
            Suppressions.Directive d = Suppressions.parse(t);
            if (d != null && d.fileWide()) {
                fileSuppressed.addAll(d.rules());
            }
        }
        return new SplitFile(text, all, statements, headers, goLines, Collections.unmodifiableSet(fileSuppressed));
    }

    /** A {@code GO} alone on its line, optionally with a count and a trailing comment. */
    private boolean isGoLine(Token t) {
        if (!t.is("GO")) {
            return false;
        }
        for (int k = t.start() - 1; k >= 0 && text.charAt(k) != '\n' && text.charAt(k) != '\r'; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        int k = t.end();
        while (k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
            char c = text.charAt(k);
            if (c == '-' && k + 1 < text.length() && text.charAt(k + 1) == '-') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isDigit(c)) {
                return false;
            }
            k++;
        }
        return true;
    }

    private int skipGoCount(int i) {
        if (i < sig.size() && sig.get(i).kind() == TokenKind.NUMBER
                && sameLine(sig.get(i - 1).end(), sig.get(i).start())) {
            return i + 1;
        }
        return i;
    }

    private boolean sameLine(int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Index just past the last token of the statement starting at {@code start}. */
    private int scan(int start) {
        Token first = sig.get(start);
        if (first.is("IF") && dialect == Dialect.TSQL) {
            return scanIf(start);
        }
        if (isBlockBegin(start)) {
            return scanBlock(start);
        }
        boolean toBatchEnd = dialect == Dialect.TSQL && isRoutine(start);
        int depth = 0;
        int blocks = 0;
        for (int j = start; j < sig.size(); j++) {
            if (goIndexes.contains(j)) {
                return j;
            }
            Token t = sig.get(j);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth = Math.max(0, depth - 1);
            } else if (t.isPunct(";")) {
                // OPENROWSET('provider', 'source'; 'user'; 'password', ...) has semicolons inside its parentheses.
                boolean providerString = depth > 0 && j + 1 < sig.size() && sig.get(j + 1).kind() == TokenKind.STRING;
                if (!toBatchEnd && blocks == 0 && !providerString) {
                    return j;
                }
            } else if (!toBatchEnd) {
                if (isBlockBegin(j) || t.is("CASE")) {
                    blocks++;
                } else if (t.is("END") && blocks > 0) {
                    blocks--;
                } else if (j > start && depth == 0 && blocks == 0
                        && StatementBoundaries.startsStatement(sig, start, j, dialect)) {
                    return j;
                }
            }
        }
        return sig.size();
    }

    private int scanIf(int start) {
        int depth = 0;
        int j = start + 1;
        for (; j < sig.size(); j++) {
            Token t = sig.get(j);
            if (goIndexes.contains(j) || t.isPunct(";")) {
                return j;
            }
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && j > start + 1 && t.kind() == TokenKind.WORD
                    && StatementBoundaries.CONDITION_END.contains(t.upper())) {
                break;
            }
        }
        if (j >= sig.size()) {
            return sig.size();
        }
        int end = scanBody(j);
        int elseAt = end;
        if (elseAt < sig.size() && sig.get(elseAt).isPunct(";") && elseAt + 1 < sig.size()
                && sig.get(elseAt + 1).is("ELSE")) {
            elseAt++;
        }
        if (elseAt < sig.size() && sig.get(elseAt).is("ELSE") && elseAt + 1 < sig.size()) {
            return scanBody(elseAt + 1);
        }
        return end;
    }

    private int scanBody(int j) {
        int end = scan(j);
        return end <= j ? j + 1 : end;
    }

    private int scanBlock(int start) {
        int blocks = 0;
        for (int j = start; j < sig.size(); j++) {
            if (goIndexes.contains(j)) {
                return j;
            }
            Token t = sig.get(j);
            if (isBlockBegin(j) || t.is("CASE")) {
                blocks++;
            } else if (t.is("END")) {
                blocks--;
                if (blocks == 0) {
                    int end = j + 1;
                    if (end < sig.size() && sig.get(end).isAny("TRY", "CATCH")) {
                        end++;
                    }
                    return end;
                }
            }
        }
        return sig.size();
    }

    private boolean isBlockBegin(int j) {
        Token t = sig.get(j);
        if (!t.is("BEGIN")) {
            return false;
        }
        if (j + 1 >= sig.size()) {
            return false;
        }
        Token next = sig.get(j + 1);
        if (dialect == Dialect.POSTGRES) {
            return next.is("ATOMIC");
        }
        return !next.isPunct(";") && !next.isAny("TRAN", "TRANSACTION", "DISTRIBUTED", "WORK", "DIALOG", "CONVERSATION")
                && !goIndexes.contains(j + 1);
    }

    private boolean isRoutine(int start) {
        Token first = sig.get(start);
        if (!first.isAny("CREATE", "ALTER")) {
            return false;
        }
        for (int k = start + 1; k < sig.size() && k <= start + 3; k++) {
            Token t = sig.get(k);
            if (t.isAny("PROCEDURE", "PROC", "FUNCTION", "TRIGGER")) {
                return true;
            }
            if (!t.isAny("OR", "ALTER", "REPLACE")) {
                return false;
            }
        }
        return false;
    }

    private List<SectionHeader> findHeaders() {
        List<SectionHeader> headers = new ArrayList<>();
        for (Token t : all) {
            if (t.kind() != TokenKind.LINE_COMMENT) {
                continue;
            }
            String line = t.text().strip();
            var m = HEADER_LOOSE.matcher(line);
            if (m.matches()) {
                SectionHeader.Kind kind = m.group(1).equalsIgnoreCase("platform")
                        ? SectionHeader.Kind.PLATFORM : SectionHeader.Kind.TENANT;
                String canonical = kind == SectionHeader.Kind.PLATFORM ? SectionHeader.PLATFORM_TEXT : SectionHeader.TENANT_TEXT;
                headers.add(new SectionHeader(kind, t.span(), t.text(), line.equals(canonical)));
            } else if (NOTE_LOOSE.matcher(line).matches()) {
                headers.add(new SectionHeader(SectionHeader.Kind.NOTE, t.span(), t.text(), line.equals(SectionHeader.NOTE_TEXT)));
            }
        }
        return List.copyOf(headers);
    }

    private static Section sectionAt(List<SectionHeader> headers, int offset) {
        Section section = Section.NONE;
        for (SectionHeader h : headers) {
            if (h.span().start() > offset) {
                break;
            }
            if (h.kind() == SectionHeader.Kind.PLATFORM) {
                section = Section.PLATFORM;
            } else if (h.kind() == SectionHeader.Kind.TENANT) {
                section = Section.TENANT;
            }
        }
        return section;
    }

    /**
     * Rules disabled by a directive on the line before the statement or on its first line (up to
     * where the next statement starts: on a line of several statements, a comment belongs to the
     * statement it follows). Bounded so that a file of many statements on one line stays linear.
     */
    private Set<String> statementSuppressions(int stmtStart, int nextStart) {
        int stmtLineStart = lineStart(stmtStart);
        int stmtLineEnd = Math.min(lineEndFrom(stmtStart), Math.max(stmtStart, nextStart));
        Set<String> rules = new LinkedHashSet<>(previousLineDirectives(stmtLineStart));
        for (int k = firstCommentAtOrAfter(stmtStart); k < comments.size() && comments.get(k).start() < stmtLineEnd; k++) {
            Suppressions.Directive d = Suppressions.parse(comments.get(k));
            if (d != null && !d.fileWide()) {
                rules.addAll(d.rules());
            }
        }
        return rules.isEmpty() ? Set.of() : Collections.unmodifiableSet(rules);
    }

    private int cachedLineStart = -1;
    private Set<String> cachedLineDirectives = Set.of();

    /**
     * Directives in comments on the line before the one starting at {@code lineStart}; computed once
     * per line, however many statements share it.
     */
    private Set<String> previousLineDirectives(int lineStart) {
        if (lineStart == cachedLineStart) {
            return cachedLineDirectives;
        }
        int from = lineStart > 0 ? lineStart(lineStart - 1) : 0;
        Set<String> rules = new LinkedHashSet<>();
        for (int k = firstCommentAtOrAfter(from); k < comments.size() && comments.get(k).start() < lineStart; k++) {
            Suppressions.Directive d = Suppressions.parse(comments.get(k));
            if (d != null && !d.fileWide()) {
                rules.addAll(d.rules());
            }
        }
        cachedLineStart = lineStart;
        cachedLineDirectives = rules;
        return rules;
    }

    private int firstCommentAtOrAfter(int offset) {
        int lo = 0;
        int hi = comments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (comments.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] newlines;

    /** Offsets of every line feed, found once: line lookups are binary searches, not scans of a long line. */
    private int[] newlines() {
        if (newlines == null) {
            int[] nl = new int[64];
            int count = 0;
            // indexOf, not a charAt loop: one tight loop over the bytes, where charAt is a call per char on C1.
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == nl.length) {
                    nl = java.util.Arrays.copyOf(nl, count * 2);
                }
                nl[count++] = i;
            }
            newlines = java.util.Arrays.copyOf(nl, count);
        }
        return newlines;
    }

    /** Start of the line holding {@code offset}: just past the last line feed before it. */
    private int lineStart(int offset) {
        int k = Math.min(offset, text.length());
        int idx = java.util.Arrays.binarySearch(newlines(), k - 1);
        int before = idx >= 0 ? idx : -idx - 2;
        return before >= 0 ? newlines()[before] + 1 : 0;
    }

    /** The first line feed at or after {@code offset}, or the end of the text. */
    private int lineEndFrom(int offset) {
        int[] nl = newlines();
        int idx = java.util.Arrays.binarySearch(nl, offset);
        int at = idx >= 0 ? idx : -idx - 1;
        return at < nl.length ? nl[at] : text.length();
    }
}
