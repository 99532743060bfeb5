package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * One action of an {@code ALTER TABLE}: its kind, the columns or names it touches, its span.
 * {@code ifExists} is true when the action is guarded: {@code DROP ... IF EXISTS} or
 * {@code ADD COLUMN IF NOT EXISTS}. {@code change} says what a Postgres {@code ALTER COLUMN} does.
 * For {@code RENAME_COLUMN} the names are the old and the new name; for {@code RENAME_TABLE}, the new name.
 */
public record AlterAction(Kind kind, List<ColumnDef> columns, List<Ident> names, ForeignKey foreignKey,
                          boolean ifExists, TextSpan span, ColumnChange change) {
    public enum Kind {
        ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN, ADD_CONSTRAINT, DROP_CONSTRAINT, ENABLE_RLS, FORCE_RLS,
        DISABLE_RLS, NO_FORCE_RLS, RENAME, RENAME_COLUMN, RENAME_TABLE, OTHER
    }

    public AlterAction(Kind kind, List<ColumnDef> columns, List<Ident> names, ForeignKey foreignKey, boolean ifExists,
                       TextSpan span) {
        this(kind, columns, names, foreignKey, ifExists, span, null);
    }
}
