package io.migrationlsp.rules;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.rules.alembic.AlembicRules;
import io.migrationlsp.rules.platform.PlatformRules;
import io.migrationlsp.rules.postgresrls.PostgresRlsRules;
import io.migrationlsp.rules.sqlx.SqlxRules;
import io.migrationlsp.rules.supabase.SupabaseRules;
import java.util.ArrayList;
import java.util.List;

/** Every rule of every profile: the one list the engine, the CLI, SARIF and the docs read. */
public final class RuleRegistry {
    private static final List<Rule> ALL = build();

    private RuleRegistry() {}

    private static List<Rule> build() {
        List<Rule> all = new ArrayList<>(PlatformRules.ALL);
        all.addAll(PostgresRlsRules.ALL);
        all.addAll(SupabaseRules.ALL);
        all.addAll(SqlxRules.ALL);
        all.addAll(AlembicRules.ALL);
        return List.copyOf(all);
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static List<Rule> forProfile(Profile profile) {
        List<Rule> result = new ArrayList<>();
        for (Rule r : ALL) {
            if (r.meta().profile() == profile) {
                result.add(r);
            }
        }
        return result;
    }

    /** The rule with this id, preferring the given profile's (ids repeat across profiles). */
    public static Rule byId(String id, Profile preferred) {
        Rule any = null;
        for (Rule r : ALL) {
            if (r.meta().id().equals(id)) {
                if (r.meta().profile() == preferred) {
                    return r;
                }
                if (any == null) {
                    any = r;
                }
            }
        }
        return any;
    }
}
