package io.migrationlsp.core.model;

import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** A read position over a statement's tokens, for the token-pattern modeler. */
final class Cursor {
    final List<Token> tokens;
    int pos;
    final int end;

    Cursor(List<Token> tokens, int pos, int end) {
        this.tokens = tokens;
        this.pos = pos;
        this.end = end;
    }

    Cursor(List<Token> tokens) {
        this(tokens, 0, tokens.size());
    }

    boolean eof() {
        return pos >= end;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < end && i >= 0 ? tokens.get(i) : null;
    }

    Token next() {
        return eof() ? null : tokens.get(pos++);
    }

    boolean at(String word) {
        Token t = peek();
        return t != null && t.is(word);
    }

    boolean atAny(String... words) {
        Token t = peek();
        return t != null && t.isAny(words);
    }

    boolean atPunct(String p) {
        Token t = peek();
        return t != null && t.isPunct(p);
    }

    /** Consumes the words in order if they all match here. */
    boolean accept(String... words) {
        for (int k = 0; k < words.length; k++) {
            Token t = peek(k);
            if (t == null || !t.is(words[k])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptPunct(String p) {
        if (atPunct(p)) {
            pos++;
            return true;
        }
        return false;
    }

    /** At a {@code (}: index just past its matching {@code )} (or the end). */
    int matchingClose(int open) {
        int depth = 0;
        for (int k = open; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
                if (depth == 0) {
                    return k + 1;
                }
            }
        }
        return end;
    }

    void skipParens() {
        if (atPunct("(")) {
            pos = matchingClose(pos);
        }
    }

    boolean atNameLike() {
        Token t = peek();
        return t != null && (t.isNameLike() || (t.isPunct("<") && peek(1) != null && peek(1).kind() == TokenKind.WORD
                && peek(2) != null && peek(2).isPunct(">")));
    }

    /** The runs of {@code tokens[from, to)} between commas at nesting depth 0, as [start, end) index pairs; empty runs are left out. */
    static List<int[]> commaSeparated(List<Token> tokens, int from, int to) {
        List<int[]> result = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (t.isPunct(",") && depth == 0) {
                if (k > start) {
                    result.add(new int[] {start, k});
                }
                start = k + 1;
            }
        }
        if (to > start) {
            result.add(new int[] {start, to});
        }
        return result;
    }
}
