package io.migrationlsp.core.schema;

/**
 * One step from one schema towards another: what it does, to which table and object (a column,
 * index, constraint or policy name; null for the table itself), the Postgres statement that does
 * it, and a phrase for messages ("table core.orders", "column orders.note").
 */
public record SchemaChange(Action action, String tableKey, String object, String sql, String subject) {
    public enum Action {
        DROP_POLICY, DISABLE_RLS, NO_FORCE_RLS, DROP_FOREIGN_KEY, DROP_INDEX, DROP_TABLE, DROP_COLUMN, ALTER_COLUMN,
        CREATE_TABLE, ADD_COLUMN, ADD_FOREIGN_KEY, CREATE_INDEX, ENABLE_RLS, FORCE_RLS, CREATE_POLICY;

        /** Whether the step removes something (the other schema lacks it). */
        public boolean removes() {
            return switch (this) {
                case DROP_POLICY, DISABLE_RLS, NO_FORCE_RLS, DROP_FOREIGN_KEY, DROP_INDEX, DROP_TABLE, DROP_COLUMN -> true;
                default -> false;
            };
        }
    }
}
