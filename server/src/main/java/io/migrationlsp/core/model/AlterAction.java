package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/** One action of an {@code ALTER TABLE}: its kind, the columns or names it touches, its span. */
public record AlterAction(Kind kind, List<ColumnDef> columns, List<Ident> names, ForeignKey foreignKey,
                          boolean ifExists, TextSpan span) {
    public enum Kind {
        ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN, ADD_CONSTRAINT, DROP_CONSTRAINT, ENABLE_RLS, FORCE_RLS,
        RENAME, OTHER
    }
}
