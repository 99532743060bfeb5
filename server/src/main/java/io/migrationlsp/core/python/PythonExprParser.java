package io.migrationlsp.core.python;

import io.migrationlsp.core.python.PythonExpr.Arg;
import io.migrationlsp.core.python.PythonToken.Kind;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link PythonExpr}s from the tokens of one logical line. It never throws and never loops
 * on a token it cannot read: what it does not understand becomes {@link PythonExpr.Other} up to
 * the next comma or closing bracket, and a bracket left open (a file being typed) ends the call
 * or collection at the last token.
 */
public final class PythonExprParser {
    private static final List<String> PREFIX_WORDS = List.of("not", "lambda", "await", "yield");

    private final String source;
    private final List<PythonToken> tokens;
    private final int end;
    private int i;

    private PythonExprParser(String source, List<PythonToken> tokens, int from, int to) {
        this.source = source;
        this.tokens = tokens;
        this.i = from;
        this.end = to;
    }

    /** The expression that {@code tokens[from, to)} make: a bare tuple when they hold top-level commas; null when empty. */
    public static PythonExpr parse(String source, List<PythonToken> tokens, int from, int to) {
        PythonExprParser p = new PythonExprParser(source, tokens, Math.max(0, from), Math.min(to, tokens.size()));
        if (p.i >= p.end) {
            return null;
        }
        List<PythonExpr> items = new ArrayList<>();
        boolean comma = false;
        int start = p.tokens.get(p.i).start();
        while (p.i < p.end) {
            int before = p.i;
            items.add(p.item());
            if (p.i < p.end && p.isOp(p.i, ",")) {
                comma = true;
                p.i++;
            } else if (p.i < p.end || p.i == before) {
                // A stray closing bracket: read on after it rather than stop.
                p.i++;
            }
        }
        if (items.size() == 1 && !comma) {
            return items.get(0);
        }
        int last = p.tokens.get(p.end - 1).end();
        return new PythonExpr.Seq(false, items, false, new TextSpan(start, last));
    }

    public static PythonExpr parse(String source, List<PythonToken> tokens) {
        return parse(source, tokens, 0, tokens.size());
    }

    /** One item: a primary with its postfixes, widened to {@link PythonExpr.Other} when an operator follows. */
    private PythonExpr item() {
        int start = tokens.get(i).start();
        int from = i;
        PythonExpr e = primary();
        if (e != null) {
            e = postfix(e);
        }
        if (e != null && atItemEnd()) {
            return e;
        }
        if (i == from) {
            i++;
        }
        skipToItemEnd();
        return new PythonExpr.Other(new TextSpan(start, Math.max(start, tokens.get(i - 1).end())));
    }

    private boolean atItemEnd() {
        return i >= end || isOp(i, ",") || isClosing(i);
    }

    private void skipToItemEnd() {
        while (i < end && !isOp(i, ",") && !isClosing(i)) {
            if (isOpening(i)) {
                i = afterMatching(i);
            } else {
                i++;
            }
        }
    }

    private PythonExpr primary() {
        PythonToken t = tokens.get(i);
        switch (t.kind()) {
            case STRING -> {
                return strings();
            }
            case NUMBER -> {
                i++;
                return new PythonExpr.Num(t.text(source), t.span());
            }
            case NAME -> {
                if (PREFIX_WORDS.contains(t.text(source))) {
                    return null;
                }
                i++;
                return new PythonExpr.Name(t.text(source), t.span());
            }
            case OP -> {
                if (isOp(i, "(")) {
                    return bracketed(false);
                }
                if (isOp(i, "[")) {
                    return bracketed(true);
                }
                if (isOp(i, "{")) {
                    int close = afterMatching(i);
                    int stop = tokens.get(close - 1).end();
                    i = close;
                    return new PythonExpr.Other(new TextSpan(t.start(), stop));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private PythonExpr strings() {
        List<PythonToken> parts = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean plain = true;
        while (i < end && tokens.get(i).kind() == Kind.STRING) {
            PythonToken s = tokens.get(i++);
            parts.add(s);
            String v = s.string().bytes() ? null : StringLiteralDecoder.value(source, s.string());
            if (v == null) {
                plain = false;
            } else {
                value.append(v);
            }
        }
        TextSpan span = new TextSpan(parts.get(0).start(), parts.get(parts.size() - 1).end());
        return new PythonExpr.Str(parts, plain ? value.toString() : null, span);
    }

    /** {@code ( ... )} or {@code [ ... ]}: a parenthesized expression, a tuple or a list. */
    private PythonExpr bracketed(boolean list) {
        int open = tokens.get(i).start();
        int matching = matching(i);
        int close = matching < 0 ? end : matching + 1;
        int innerEnd = matching < 0 ? end : matching;
        List<PythonExpr> items = new ArrayList<>();
        boolean comma = false;
        PythonExprParser inner = new PythonExprParser(source, tokens, i + 1, innerEnd);
        while (inner.i < inner.end) {
            int before = inner.i;
            items.add(inner.item());
            if (inner.i < inner.end && inner.isOp(inner.i, ",")) {
                comma = true;
                inner.i++;
            } else if (inner.i == before || inner.i < inner.end) {
                inner.i++;
            }
        }
        i = close;
        TextSpan span = new TextSpan(open, tokens.get(close - 1).end());
        if (!list && items.size() == 1 && !comma) {
            return items.get(0);
        }
        return new PythonExpr.Seq(list, items, true, span);
    }

    private PythonExpr postfix(PythonExpr e) {
        while (i < end) {
            if (isOp(i, "(")) {
                e = call(e);
            } else if (isOp(i, ".") && i + 1 < end && tokens.get(i + 1).kind() == Kind.NAME) {
                PythonToken name = tokens.get(i + 1);
                TextSpan span = new TextSpan(e.span().start(), name.end());
                e = e instanceof PythonExpr.Name n ? new PythonExpr.Name(n.name() + "." + name.text(source), span)
                        : new PythonExpr.Attr(e, name.text(source), span);
                i += 2;
            } else if (isOp(i, "[")) {
                int close = afterMatching(i);
                e = new PythonExpr.Other(new TextSpan(e.span().start(), tokens.get(close - 1).end()));
                i = close;
            } else {
                return e;
            }
        }
        return e;
    }

    private PythonExpr call(PythonExpr callee) {
        int openIndex = i;
        int matching = matching(i);
        boolean closed = matching >= 0;
        int close = closed ? matching + 1 : end;
        int argsEnd = closed ? matching : end;
        PythonExprParser inner = new PythonExprParser(source, tokens, openIndex + 1, argsEnd);
        List<Arg> args = new ArrayList<>();
        while (inner.i < inner.end) {
            int before = inner.i;
            Arg a = inner.arg();
            if (a != null) {
                args.add(a);
            }
            if (inner.i < inner.end && inner.isOp(inner.i, ",")) {
                inner.i++;
            } else if (inner.i == before || inner.i < inner.end) {
                inner.i++;
            }
        }
        i = close;
        int stop = tokens.get(close - 1).end();
        return new PythonExpr.Call(callee, args, tokens.get(openIndex).start(), closed ? tokens.get(close - 1).start() : -1,
                new TextSpan(callee.span().start(), stop));
    }

    private Arg arg() {
        PythonToken first = tokens.get(i);
        if (first.kind() == Kind.NAME && i + 1 < end && isOp(i + 1, "=")) {
            i += 2;
            if (i >= end || isOp(i, ",")) {
                TextSpan span = new TextSpan(first.start(), tokens.get(i - 1).end());
                return new Arg(first.text(source), first.span(), new PythonExpr.Other(new TextSpan(span.end(), span.end())), false, span);
            }
            PythonExpr value = item();
            return new Arg(first.text(source), first.span(), value, false, new TextSpan(first.start(), value.span().end()));
        }
        boolean star = isOp(i, "*") || isOp(i, "**");
        if (star) {
            i++;
            if (i >= end || isOp(i, ",")) {
                return null;
            }
        }
        PythonExpr value = item();
        return new Arg(null, null, value, star, new TextSpan(first.start(), value.span().end()));
    }

    /** Index after the bracket matching the opening one at {@code open}; the range end when it never closes. */
    private int afterMatching(int open) {
        int m = matching(open);
        return m < 0 ? end : m + 1;
    }

    /** Index of the bracket closing the one at {@code open}, or -1 when it never closes in range. */
    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < end; k++) {
            if (isOpening(k)) {
                depth++;
            } else if (isClosing(k)) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    private boolean isOp(int k, String op) {
        return k < tokens.size() && tokens.get(k).is(Kind.OP, source, op);
    }

    private boolean isOpening(int k) {
        return isOp(k, "(") || isOp(k, "[") || isOp(k, "{");
    }

    private boolean isClosing(int k) {
        return isOp(k, ")") || isOp(k, "]") || isOp(k, "}");
    }
}
