package io.migrationlsp.core.completion;

import io.migrationlsp.core.text.TextSpan;

/**
 * One completion proposal, ready for any editor protocol: what to show ({@code label}, {@code detail},
 * a short {@code mark} such as "existing", Markdown {@code documentation}), what the client filters
 * on, and what replaces {@code replace}: {@code insertText}, in LSP snippet syntax when {@code snippet}.
 */
public record Candidate(String label, Kind kind, String detail, String mark, String documentation,
                        String filterText, String insertText, boolean snippet, TextSpan replace) {

    public enum Kind { BUILT_IN_ROLE, ROLE, ENTITY, ACTION, TABLE, COLUMN, TYPE, SNIPPET, HEADER }

    static Candidate plain(String label, Kind kind, String detail, String documentation, String insertText,
                           TextSpan replace) {
        return new Candidate(label, kind, detail, null, documentation, label, insertText, false, replace);
    }

    Candidate withMark(String m) {
        return new Candidate(label, kind, detail, m, documentation, filterText, insertText, snippet, replace);
    }

    Candidate withFilterText(String f) {
        return new Candidate(label, kind, detail, mark, documentation, f, insertText, snippet, replace);
    }
}
