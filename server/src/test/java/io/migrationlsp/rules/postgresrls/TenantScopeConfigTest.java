package io.migrationlsp.rules.postgresrls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.analysis.WorkspaceView;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.ConfigLoader;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tenantSchemas} and {@code tenantExceptions} in .migration-lsp.json decide which new tables need tenant_id. */
class TenantScopeConfigTest {
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(1000));
    private static final String TABLES = """
            CREATE TABLE core.audit (id UUID PRIMARY KEY);
            CREATE TABLE routing.stops (id UUID PRIMARY KEY);
            CREATE TABLE lookups (code TEXT PRIMARY KEY);
            CREATE TABLE core.used_signatures (signature TEXT PRIMARY KEY);
            """;

    private static List<String> tablesWithoutTenantId(String json) {
        Config config = ConfigLoader.parse(json).withProfile(Profile.POSTGRES_RLS).withMigrationsDir("db/migrations");
        return ANALYZER.analyze("db/migrations/003_add_tables.sql", TABLES, config, Profile.POSTGRES_RLS, WorkspaceView.NONE,
                        () -> false).findings().stream().filter(f -> f.ruleId().equals("tenant-id-column"))
                .map(Finding::message).map(m -> m.substring("Table ".length(), m.indexOf(' ', "Table ".length()))).toList();
    }

    @Test
    void byDefaultEverySchemaIsTenantScopedExceptTheDocumentsList() {
        assertEquals(List.of("core.audit", "routing.stops", "lookups"), tablesWithoutTenantId("{}"));
    }

    @Test
    void configuredSchemasAndExceptionsReplaceTheDefaults() {
        assertEquals(List.of("core.used_signatures"),
                tablesWithoutTenantId("{\"tenantSchemas\": [\"core\"], \"tenantExceptions\": [\"core.audit\"]}"));
        assertEquals(List.of("core.audit", "core.used_signatures"),
                tablesWithoutTenantId("{\"tenantSchemas\": [\"core\", \"public\"], \"tenantExceptions\": [\"lookups\"]}"));
    }

    @Test
    void aMalformedValueIsReportedAndTheDefaultKept() {
        Config config = ConfigLoader.parse("{\"tenantExceptions\": \"core.audit\"}");
        assertEquals(Config.DEFAULT_TENANT_EXCEPTIONS, config.tenantExceptions());
        assertEquals(1, config.problems().size());
    }
}
