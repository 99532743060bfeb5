package io.migrationlsp.core.schema;

import io.migrationlsp.core.model.Nullability;

/**
 * A column as the history leaves it: type as written (upper case), nullability, default, identity
 * ({@code IDENTITY(1,1)} or null), whether it is the primary key, and where it was added.
 */
public record ColumnInfo(String name, String type, Nullability nullability, String defaultText, String identity,
                         boolean primaryKey, Origin origin) {
    /**
     * The texts are shared (interned): a 5,000-file history and its tables.py hold well over a
     * hundred thousand columns, mostly of a few dozen types and defaults and of repeated names.
     */
    public ColumnInfo {
        name = name == null ? null : name.intern();
        type = type == null ? null : type.intern();
        defaultText = defaultText == null ? null : defaultText.intern();
        identity = identity == null ? null : identity.intern();
    }

    public boolean nullable() {
        return nullability != Nullability.NOT_NULL;
    }
}
