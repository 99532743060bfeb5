package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Reads identifiers and dotted names at a cursor, knowing the configured tenant placeholder. */
final class NameReader {
    private final String placeholder;

    NameReader(String placeholder) {
        this.placeholder = placeholder;
    }

    Ident ident(Token t) {
        return switch (t.kind()) {
            case QUOTED_IDENT -> {
                String raw = t.text();
                char open = raw.charAt(0);
                int endTrim = t.unterminated() ? raw.length() : raw.length() - 1;
                String inner = raw.substring(1, Math.max(1, endTrim));
                Ident.Quote q = open == '[' ? Ident.Quote.BRACKET : Ident.Quote.DOUBLE;
                inner = open == '[' ? inner.replace("]]", "]") : inner.replace("\"\"", "\"");
                yield new Ident(raw, inner, t.span(), q, false);
            }
            case BRACED -> {
                boolean exact = t.text().equals(placeholder);
                String inner = t.text().replaceAll("^\\{+|\\}+$", "").trim();
                yield new Ident(t.text(), exact ? t.text() : inner, t.span(), Ident.Quote.BRACED, exact);
            }
            default -> new Ident(t.text(), t.text(), t.span(), Ident.Quote.NONE, false);
        };
    }

    /** A single identifier at the cursor, or null. */
    Ident readIdent(Cursor c) {
        if (c.atPunct("<") && c.peek(1) != null && c.peek(1).kind() == TokenKind.WORD && c.peek(2) != null
                && c.peek(2).isPunct(">")) {
            Token open = c.next();
            Token word = c.next();
            Token close = c.next();
            String raw = open.text() + word.text() + close.text();
            return new Ident(raw, word.text(), new TextSpan(open.start(), close.end()), Ident.Quote.ANGLE, false);
        }
        Token t = c.peek();
        if (t == null || !t.isNameLike()) {
            return null;
        }
        c.next();
        return ident(t);
    }

    /** A dotted name at the cursor ({@code a.b.c}, {@code {schema_name}.[T]}), or null. */
    QualifiedName readName(Cursor c) {
        int start = c.pos;
        Ident first = readIdent(c);
        if (first == null) {
            return null;
        }
        List<Ident> parts = new ArrayList<>();
        parts.add(first);
        while (c.atPunct(".")) {
            Token afterDot = c.peek(1);
            if (afterDot == null) {
                break;
            }
            c.next();
            if (c.atPunct(".")) {
                // a..b (database with default schema): keep going.
                continue;
            }
            Ident part = readIdent(c);
            if (part == null) {
                c.pos--;
                break;
            }
            parts.add(part);
        }
        Token firstTok = c.tokens.get(start);
        Token lastTok = c.tokens.get(c.pos - 1);
        return new QualifiedName(List.copyOf(parts), new TextSpan(firstTok.start(), lastTok.end()));
    }

    /** A parenthesised list of identifiers, e.g. {@code (A, B DESC)}; null entries stand for expressions. */
    List<Ident> readIdentList(Cursor c) {
        List<Ident> result = new ArrayList<>();
        if (!c.atPunct("(")) {
            return result;
        }
        int close = c.matchingClose(c.pos);
        c.next();
        while (c.pos < close - 1) {
            int itemStart = c.pos;
            Ident id = readIdent(c);
            boolean simple = id != null;
            while (c.pos < close - 1 && !c.atPunct(",")) {
                Token t = c.peek();
                if (!t.isAny("ASC", "DESC", "NULLS", "FIRST", "LAST") && !(t.kind() == TokenKind.WORD && c.pos > itemStart + 1
                        && c.tokens.get(c.pos - 1).isAny("NULLS"))) {
                    simple = false;
                }
                if (t.isPunct("(")) {
                    c.skipParens();
                } else {
                    c.next();
                }
            }
            result.add(simple ? id : null);
            c.acceptPunct(",");
        }
        c.pos = close;
        return result;
    }
}
