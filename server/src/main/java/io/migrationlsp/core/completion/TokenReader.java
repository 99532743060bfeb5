package io.migrationlsp.core.completion;

import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.List;
import java.util.Locale;

/** Reads the significant tokens of a statement forward, from its head up to the cursor. */
final class TokenReader {
    private final List<Token> tokens;
    private final String placeholder;
    int pos;

    TokenReader(List<Token> tokens, int from, String placeholder) {
        this.tokens = tokens;
        this.pos = from;
        this.placeholder = placeholder;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return atEnd() ? null : tokens.get(pos);
    }

    Token next() {
        return atEnd() ? null : tokens.get(pos++);
    }

    /** The token just read. */
    Token peekBack() {
        return tokens.get(pos - 1);
    }

    boolean accept(String word) {
        if (!atEnd() && tokens.get(pos).is(word)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptPunct(String p) {
        if (!atEnd() && tokens.get(pos).isPunct(p)) {
            pos++;
            return true;
        }
        return false;
    }

    /**
     * A dotted name as a schema key: {@code {TENANT}.NAME} for the placeholder, {@code PLATFORM.NAME},
     * or the bare upper-case name when it has no schema; null when no name stands here.
     */
    String readName() {
        StringBuilder key = new StringBuilder();
        while (!atEnd() && tokens.get(pos).isNameLike()) {
            key.append(key.length() == 0 ? "" : ".").append(part(tokens.get(pos++), placeholder));
            if (!acceptPunct(".")) {
                break;
            }
        }
        return key.length() == 0 ? null : key.toString();
    }

    /** One name part upper-cased without its brackets or quotes; the placeholder as {@link SchemaModel#TENANT}. */
    static String part(Token t, String placeholder) {
        if (t.kind() == TokenKind.BRACED) {
            return t.text().equals(placeholder) ? SchemaModel.TENANT : t.text();
        }
        String s = t.text();
        if (t.kind() == TokenKind.QUOTED_IDENT && !s.isEmpty()) {
            s = s.substring(1, t.unterminated() ? s.length() : Math.max(1, s.length() - 1));
        }
        return s.toUpperCase(Locale.ROOT);
    }
}
