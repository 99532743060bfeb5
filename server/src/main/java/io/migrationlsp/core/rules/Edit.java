package io.migrationlsp.core.rules;

import io.migrationlsp.core.text.TextSpan;

/** Replace {@code span} of the file at {@code path} (workspace-relative; null = the finding's file) by {@code newText}. */
public record Edit(String path, TextSpan span, String newText) {
    public static Edit replace(TextSpan span, String newText) {
        return new Edit(null, span, newText);
    }

    public static Edit insert(int offset, String newText) {
        return new Edit(null, new TextSpan(offset, offset), newText);
    }
}
