package io.migrationlsp.core.navigation;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * One entry of a file's outline: a section, a statement, or a column it creates. Spans are in the
 * file's own text; {@code selection} (the name) lies inside {@code span}.
 */
public record OutlineNode(String name, String detail, Kind kind, TextSpan span, TextSpan selection, List<OutlineNode> children) {
    public enum Kind { SECTION, TABLE, INDEX, STATEMENT, COLUMN }
}
