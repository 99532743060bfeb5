package io.migrationlsp.core.schema;

import io.migrationlsp.core.model.Nullability;

/** A column as the history leaves it: type as written (upper case), nullability, default, where it was added. */
public record ColumnInfo(String name, String type, Nullability nullability, String defaultText, Origin origin) {
    public boolean nullable() {
        return nullability != Nullability.NOT_NULL;
    }
}
