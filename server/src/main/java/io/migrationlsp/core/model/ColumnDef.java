package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;

/**
 * A column definition in {@code CREATE TABLE} or {@code ALTER TABLE ... ADD}. {@code type} is null
 * for a computed column. {@code nullSpan} covers {@code NULL} / {@code NOT NULL} when written.
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
        TextSpan span) {

    public boolean hasDefault() {
        return defaultText != null;
    }
}
