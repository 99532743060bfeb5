package io.migrationlsp.core.alembic;

import java.util.List;

/**
 * The {@code op.*} operations the rules and the downgrade generator know, with Alembic's parameter
 * names in positional order (so an argument is found whether it is passed by position or by
 * keyword) and which of them names the table (a batch operation takes it from
 * {@code batch_alter_table} instead, so its positions shift).
 */
public enum OpKind {
    ADD_COLUMN("add_column", "table_name", "column"),
    DROP_COLUMN("drop_column", "table_name", "column_name"),
    ALTER_COLUMN("alter_column", "table_name", "column_name"),
    CREATE_TABLE("create_table", "table_name"),
    DROP_TABLE("drop_table", "table_name"),
    RENAME_TABLE("rename_table", "old_table_name", "new_table_name"),
    CREATE_INDEX("create_index", "index_name", "table_name", "columns"),
    DROP_INDEX("drop_index", "index_name", "table_name"),
    CREATE_FOREIGN_KEY("create_foreign_key", "constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"),
    CREATE_UNIQUE_CONSTRAINT("create_unique_constraint", "constraint_name", "table_name", "columns"),
    CREATE_CHECK_CONSTRAINT("create_check_constraint", "constraint_name", "table_name", "condition"),
    CREATE_PRIMARY_KEY("create_primary_key", "constraint_name", "table_name", "columns"),
    DROP_CONSTRAINT("drop_constraint", "constraint_name", "table_name", "type_"),
    EXECUTE("execute", "sqltext"),
    BULK_INSERT("bulk_insert", "table", "rows"),
    /** Any other {@code op.} call: read, never understood. */
    OTHER("");

    private final String alembicName;
    private final List<String> params;

    OpKind(String alembicName, String... params) {
        this.alembicName = alembicName;
        this.params = List.of(params);
    }

    public String alembicName() {
        return alembicName;
    }

    /** Parameter names in the positional order of {@code op.<name>(...)}. */
    public List<String> params() {
        return params;
    }

    /** The parameter that names the table the operation works on, or null. */
    public String tableParam() {
        for (String p : params) {
            if (p.equals("table_name") || p.equals("source_table") || p.equals("old_table_name")) {
                return p;
            }
        }
        return null;
    }

    public static OpKind of(String name) {
        for (OpKind k : values()) {
            if (k != OTHER && k.alembicName.equals(name)) {
                return k;
            }
        }
        return OTHER;
    }
}
