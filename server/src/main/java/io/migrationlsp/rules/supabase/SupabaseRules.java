package io.migrationlsp.rules.supabase;

import io.migrationlsp.core.rules.Rule;
import java.util.List;

/** The supabase profile's rules (convention document 002_7bb4ac447d6e60a1), in catalogue order. */
public final class SupabaseRules {
    private SupabaseRules() {}

    public static final List<Rule> ALL = List.of(
            new FileNameFormat(),
            new TimestampConflict(),
            new ManifestTable(),
            new ManifestEnum(),
            new DeprecatedObject(),
            new IdempotentDdl(),
            new RlsRequired(),
            new MigrationImmutable());
}
