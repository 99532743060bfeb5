package io.migrationlsp.core.schema;

import java.util.List;

/** An index: name, key columns (null for an expression), included columns, whether unique, the statement that made it. */
public record IndexInfo(String name, List<String> keys, List<String> include, Origin origin, boolean unique,
                        String definition) {
    public IndexInfo(String name, List<String> keys, List<String> include, Origin origin) {
        this(name, keys, include, origin, false, null);
    }
}
