package io.migrationlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI with the real rule registry, as Main runs it: other rules may add findings, no-float must be there. */
class RegistryCheckTest {
    @TempDir
    Path tmp;

    @Test
    void reportsNoFloatWithTheRealRegistry() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        CliRun run = CliRun.with(new Cli(ws, RuleRegistry::forProfile), "check", ".");

        assertEquals(1, run.exit());
        assertTrue(run.outLines().contains("_migrations/2026_1_1_1.sql:3:12: error no-float " + Workspaces.FLOAT_MESSAGE),
                run.out());
    }

    @Test
    void sarifListsEveryRuleOfThePlatformProfile() throws IOException {
        Path ws = Workspaces.withFloat(tmp);

        CliRun run = CliRun.with(new Cli(ws, RuleRegistry::forProfile), "check", "--format", "sarif", ".");

        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        SarifValidity.assertValid(log);
        String rules = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonObject("tool")
                .getAsJsonObject("driver").getAsJsonArray("rules").toString();
        for (Rule r : RuleRegistry.forProfile(Profile.PLATFORM)) {
            assertTrue(rules.contains("\"id\":\"" + r.meta().id() + "\""), r.meta().id());
        }
    }
}
