package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code check examples/postgres-rls examples/sqlx} with every rule: each example reports its
 * deliberately bad migration (exit 1) with its profile's rules, and nothing in the clean files.
 */
class ExamplesCheckTest {
    private static final Path SERVER = Paths.get("").toAbsolutePath();

    private static Set<String> findings(String example) {
        CliRun run = CliRun.with(new Cli(SERVER, RuleRegistry::forProfile), "check", "../examples/" + example);
        assertEquals(1, run.exit(), run.out() + run.err());
        Set<String> found = new TreeSet<>();
        for (String line : run.outLines()) {
            String[] parts = line.split(" ");
            if (parts.length > 2 && parts[0].matches(".*\\.sql:\\d+:\\d+:")) {
                String file = parts[0].substring(parts[0].lastIndexOf('/') + 1, parts[0].indexOf(".sql:") + 4);
                found.add(file + ":" + parts[0].split(":")[1] + " " + parts[2]);
            }
        }
        return found;
    }

    @Test
    void postgresRlsExampleReportsItsBadMigrationOnly() {
        assertEquals(new TreeSet<>(List.of(
                "005_add_orders.sql:1 migration-header",
                "005_add_orders.sql:1 rollback-script",
                "005_add_orders.sql:1 sequence-gap",
                "005_add_orders.sql:5 rls-required",
                "005_add_orders.sql:8 fk-on-delete",
                "005_add_orders.sql:15 tenant-id-column",
                "005_add_orders.sql:22 index-concurrently",
                "005_add_orders.sql:24 new-column-nullable",
                "005_add_orders.sql:25 dangerous-operation")), findings("postgres-rls"));
    }

    @Test
    void sqlxExampleReportsItsBadMigrationsOnly() {
        assertEquals(new TreeSet<>(List.of(
                "0004_create_prescriptions.down.sql:1 idempotent-ddl",
                "0004_create_prescriptions.up.sql:1 idempotent-ddl",
                "0004_create_prescriptions.up.sql:3 fk-column-index",
                "0004_create_prescriptions.up.sql:5 enum-check-constraint",
                "0004_create_prescriptions.up.sql:9 down-reverses-up",
                "0005_add_insurance.up.sql:1 down-migration")), findings("sqlx"));
    }
}
