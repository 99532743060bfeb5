package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;

/**
 * A column definition in {@code CREATE TABLE} or {@code ALTER TABLE ... ADD}. {@code type} is null
 * for a computed column. {@code nullSpan} covers {@code NULL} / {@code NOT NULL} when written.
 * {@code generated} is true for a computed column ({@code GENERATED ALWAYS AS (...) STORED}, T-SQL
 * {@code AS (...)}); {@code identity} also covers Postgres {@code GENERATED ... AS IDENTITY}.
 */
public record ColumnDef(
        Ident name,
        DataType type,
        Nullability nullability,
        TextSpan nullSpan,
        String defaultText,
        TextSpan defaultSpan,
        boolean identity,
        String identityArgs,
        boolean primaryKey,
        ForeignKey references,
        boolean hasCheck,
        TextSpan span,
        boolean generated) {

    public boolean hasDefault() {
        return defaultText != null;
    }

    /** Whether the database fills the column itself: a default, identity, a computed value or a serial type. */
    public boolean filledByDatabase() {
        return hasDefault() || identity || generated || (type != null && type.isSerial());
    }
}
