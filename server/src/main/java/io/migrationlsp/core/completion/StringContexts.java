package io.migrationlsp.core.completion;

import io.migrationlsp.core.completion.CompletionContext.Kind;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.List;

/**
 * Contexts inside a string literal: a role name after {@code PLATFORM.ROLES WHERE NAME =}, and the
 * permission value of a {@code PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME)} row.
 */
final class StringContexts {
    private static final List<String> ROLE_LOOKUP = List.of("PLATFORM", ".", "ROLES", "WHERE", "NAME", "=");

    private StringContexts() {}

    /**
     * @param sig    significant tokens before the string
     * @param string the unterminated string token the cursor is in (it ends at the cursor)
     */
    static CompletionContext detect(List<Token> sig, Token string, String placeholder) {
        TextSpan content = string.stringContentSpan();
        String typed = string.text().substring(content.start() - string.start());
        TextSpan replace = new TextSpan(content.start(), string.end());
        if (endsWith(sig, ROLE_LOOKUP, placeholder)) {
            return CompletionContext.of(Kind.ROLE, typed, replace);
        }
        if (!isPermissionValue(sig, placeholder)) {
            return CompletionContext.none();
        }
        int dot = typed.indexOf('.');
        if (dot < 0) {
            return CompletionContext.of(Kind.PERMISSION_ENTITY, typed, replace);
        }
        return CompletionContext.of(Kind.PERMISSION_ACTION, typed.substring(dot + 1),
                new TextSpan(content.start() + dot + 1, string.end())).withEntity(typed.substring(0, dot));
    }

    private static boolean endsWith(List<Token> sig, List<String> words, String placeholder) {
        int n = sig.size();
        if (n < words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token t = sig.get(n - words.size() + i);
            String w = t.isNameLike() ? TokenReader.part(t, placeholder) : t.text();
            if (!w.equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The string starts the PERMISSION_NAME value of a row of an insert into PLATFORM.ROLE_PERMISSION. */
    private static boolean isPermissionValue(List<Token> sig, String placeholder) {
        StatementHead head = StatementHead.find(sig);
        if (head == null || head.kind() != StatementHead.Kind.INSERT) {
            return false;
        }
        TokenReader r = new TokenReader(sig, head.index() + 1, placeholder);
        r.accept("INTO");
        if (!"PLATFORM.ROLE_PERMISSION".equals(r.readName()) || !r.acceptPunct("(")) {
            return false;
        }
        int permissionColumn = -1;
        for (int i = 0; !r.atEnd() && !r.acceptPunct(")"); i++) {
            Token column = r.next();
            if (column.isNameLike() && TokenReader.part(column, placeholder).equals("PERMISSION_NAME")) {
                permissionColumn = i;
            }
            if (!r.acceptPunct(",") && !(r.peek() != null && r.peek().isPunct(")"))) {
                return false;
            }
        }
        return permissionColumn >= 0 && r.accept("VALUES") && atValue(r, permissionColumn);
    }

    /** Walks the rows {@code (a, b), (c, |}: true when the cursor starts value number {@code wanted} of a row. */
    private static boolean atValue(TokenReader r, int wanted) {
        int depth = 0;
        int value = 0;
        boolean empty = true;
        while (!r.atEnd()) {
            Token t = r.next();
            if (t.isPunct("(")) {
                depth++;
                if (depth == 1) {
                    value = 0;
                    empty = true;
                    continue;
                }
            } else if (t.isPunct(")")) {
                depth--;
                if (depth < 0) {
                    return false;
                }
            } else if (t.isPunct(",") && depth == 1) {
                value++;
                empty = true;
                continue;
            } else if (t.isPunct(",") && depth == 0) {
                continue;
            }
            if (depth == 0 && !t.isPunct(")")) {
                return false;
            }
            empty = false;
        }
        return depth == 1 && value == wanted && empty;
    }
}
