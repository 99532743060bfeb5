package io.migrationlsp.core.model;

/**
 * What a Postgres {@code ALTER [COLUMN] c ...} changes: {@code TYPE t} / {@code SET DATA TYPE t},
 * {@code SET|DROP NOT NULL}, {@code SET DEFAULT e} / {@code DROP DEFAULT}. A T-SQL
 * {@code ALTER COLUMN c T NULL} redefines the column instead and has no change.
 */
public record ColumnChange(Kind kind, DataType type, String defaultText) {
    public enum Kind { TYPE, SET_NOT_NULL, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT, OTHER }
}
