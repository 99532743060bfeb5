package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;

/**
 * The condition of {@code IF <cond> <statement>}. {@code kind} tells whether it tests existence;
 * {@code mentionsSysColumns} is true for the document's guarded-drop pattern over {@code sys.columns}.
 */
public record Guard(Kind kind, TextSpan span, String conditionText, boolean mentionsSysColumns) {
    public enum Kind { IF_EXISTS, IF_NOT_EXISTS, OTHER }
}
