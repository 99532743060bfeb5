package io.migrationlsp.core.rules;

import io.migrationlsp.core.text.TextSpan;

/**
 * Replace {@code span} of the file at {@code path} (workspace-relative; null = the finding's file) by
 * {@code newText}. With {@code createsFile}, the file at {@code path} does not exist yet: the edit
 * creates it with {@code newText} as its whole content (the span is empty, at 0).
 */
public record Edit(String path, TextSpan span, String newText, boolean createsFile) {
    public Edit(String path, TextSpan span, String newText) {
        this(path, span, newText, false);
    }

    public static Edit replace(TextSpan span, String newText) {
        return new Edit(null, span, newText);
    }

    public static Edit insert(int offset, String newText) {
        return new Edit(null, new TextSpan(offset, offset), newText);
    }

    /** Creates the workspace-relative file {@code path} holding {@code content}. */
    public static Edit createFile(String path, String content) {
        return new Edit(path, new TextSpan(0, 0), content, true);
    }
}
