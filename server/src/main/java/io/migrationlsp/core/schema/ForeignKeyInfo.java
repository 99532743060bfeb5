package io.migrationlsp.core.schema;

import java.util.List;

/**
 * A foreign key: local columns, the referenced table's key ({@code {TENANT}.T} or {@code PLATFORM.T})
 * and columns, and its constraint name when one was written (null otherwise).
 */
public record ForeignKeyInfo(List<String> columns, String refTable, List<String> refColumns, String onDelete, Origin origin,
                             String name) {
    public ForeignKeyInfo(List<String> columns, String refTable, List<String> refColumns, String onDelete, Origin origin) {
        this(columns, refTable, refColumns, onDelete, origin, null);
    }
}
