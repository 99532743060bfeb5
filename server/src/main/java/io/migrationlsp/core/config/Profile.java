package io.migrationlsp.core.config;

import io.migrationlsp.core.text.Dialect;
import java.util.Locale;

/** A convention document turned into a set of rules. */
public enum Profile {
    PLATFORM("platform", Dialect.TSQL),
    POSTGRES_RLS("postgres-rls", Dialect.POSTGRES),
    SUPABASE("supabase", Dialect.POSTGRES),
    SQLX("sqlx", Dialect.POSTGRES),
    ALEMBIC("alembic", Dialect.POSTGRES);

    private final String id;
    private final Dialect dialect;

    Profile(String id, Dialect dialect) {
        this.id = id;
        this.dialect = dialect;
    }

    public String id() {
        return id;
    }

    public Dialect dialect() {
        return dialect;
    }

    public static Profile byId(String id) {
        if (id == null) {
            return null;
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Profile p : values()) {
            if (p.id.equals(wanted)) {
                return p;
            }
        }
        return null;
    }
}
