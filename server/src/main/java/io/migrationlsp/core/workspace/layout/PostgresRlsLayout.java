package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;

/** {@code db/migrations/NNN_description.sql} with {@code NNN_description_rollback.sql} beside each. */
public final class PostgresRlsLayout extends NumberedSqlLayout {
    public PostgresRlsLayout() {
        super(Profile.POSTGRES_RLS, "db/migrations", "_rollback.sql");
    }
}
