package io.migrationlsp.core.schema;

import io.migrationlsp.core.model.Nullability;

/**
 * A column as the history leaves it: type as written (upper case), nullability, default, identity
 * ({@code IDENTITY(1,1)} or null), whether it is the primary key, and where it was added.
 */
public record ColumnInfo(String name, String type, Nullability nullability, String defaultText, String identity,
                         boolean primaryKey, Origin origin) {
    public boolean nullable() {
        return nullability != Nullability.NOT_NULL;
    }
}
