package io.migrationlsp.core.navigation;

import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.text.TextSpan;
import java.util.Locale;

/**
 * Something a name in a migration stands for: a table ({@code tableKey} as {@link QualifiedName#key()},
 * {@code .NAME} when written without schema), a column of a table, or a permission string. {@code span}
 * is where this occurrence is written: the whole qualified name for a table, the identifier for a
 * column, the string's content for a permission.
 */
public record Symbol(Kind kind, String tableKey, String table, String column, String permission, TextSpan span) {
    public enum Kind { TABLE, COLUMN, PERMISSION }

    static Symbol table(QualifiedName name) {
        return new Symbol(Kind.TABLE, name.key(), name.table().name(), null, null, name.span());
    }

    static Symbol column(QualifiedName table, Ident column) {
        return new Symbol(Kind.COLUMN, table.key(), table.table().name(), column.name(), null, column.span());
    }

    static Symbol permission(String permission, TextSpan span) {
        return new Symbol(Kind.PERMISSION, null, null, null, permission, span);
    }

    /** Whether {@code other} names the same thing, wherever it is written. */
    public boolean sameAs(Symbol other) {
        if (other == null || other.kind != kind) {
            return false;
        }
        return switch (kind) {
            case TABLE -> sameTable(tableKey, other.tableKey);
            case COLUMN -> sameTable(tableKey, other.tableKey) && column.equalsIgnoreCase(other.column);
            case PERMISSION -> permission.equalsIgnoreCase(other.permission);
        };
    }

    /** A name written without schema may mean the table of that name in any schema. */
    static boolean sameTable(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        boolean bareA = a.startsWith(".");
        boolean bareB = b.startsWith(".");
        return (bareA || bareB) && a.substring(a.indexOf('.')).equals(b.substring(b.indexOf('.')));
    }

    /** Whether the table key names no schema. */
    public boolean unqualified() {
        return tableKey != null && tableKey.startsWith(".");
    }

    public String tableUpper() {
        return table == null ? null : table.toUpperCase(Locale.ROOT);
    }
}
