package io.migrationlsp.core.navigation;

import io.migrationlsp.core.text.TextSpan;

/** A foldable span of a file's own text: a section, a statement or a block comment. */
public record Fold(TextSpan span, Kind kind) {
    public enum Kind { SECTION, STATEMENT, COMMENT }
}
