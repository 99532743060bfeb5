package io.migrationlsp.core.workspace.layout;

import io.migrationlsp.core.config.Profile;

/** {@code supabase/migrations/YYYYMMDDHHMMSS_description.sql}, run in timestamp order. */
public final class SupabaseLayout extends NumberedSqlLayout {
    public SupabaseLayout() {
        super(Profile.SUPABASE, "supabase/migrations", null);
    }
}
