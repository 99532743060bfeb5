package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * A {@code CHECK (...)} constraint: the names it mentions and whether it restricts a value to a
 * list ({@code c IN ('a', 'b')}, {@code c = ANY (ARRAY[...])}), the shape an enum-like column needs.
 */
public record CheckDef(List<Ident> columns, boolean listsValues, TextSpan span) {
    public boolean mentions(String column) {
        for (Ident i : columns) {
            if (i.is(column)) {
                return true;
            }
        }
        return false;
    }
}
