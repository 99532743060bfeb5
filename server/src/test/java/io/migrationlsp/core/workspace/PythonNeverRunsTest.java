package io.migrationlsp.core.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tables.py and constants.py are read as text: code in them that would leave a trace if it ran
 * (at import, in the function, in the enum) leaves none, while its SQL and members are still read.
 */
class PythonNeverRunsTest {
    @TempDir
    Path ws;

    @Test
    void analysingTheWorkspaceRunsNoPython() throws Exception {
        Path marker = ws.resolve("executed.txt");
        String touch = "open(r'" + marker + "', 'w').write('ran')";
        Files.createDirectories(ws.resolve("_migrations"));
        Files.writeString(ws.resolve("_migrations/2026_2_1_1.sql"), """
                -- ========== TENANT MIGRATIONS ==========
                -- NOTE: Make sure app/tenant/tables.py is in sync
                CREATE TABLE {schema_name}.[HEALTH_PLAN] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY);
                """);
        Files.createDirectories(ws.resolve("app/tenant"));
        Files.createDirectories(ws.resolve("app/role"));
        Files.writeString(ws.resolve("app/tenant/tables.py"), "import os\n" + touch + "\n\n"
                + "def get_tenant_tables_sql(schema_name):\n    " + touch + "\n"
                + "    return f\"\"\"CREATE TABLE {schema_name}.[HEALTH_PLAN] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY);\"\"\"\n");
        Files.writeString(ws.resolve("app/role/constants.py"), "from enum import Enum\n" + touch + "\n\n"
                + "class BuiltInSystemRoles(str, Enum):\n    SUPER_ADMIN = \"Super Admin\"\n    " + touch + "\n");
        try (SqlValidator validator = new SqlValidator(1000)) {
            WorkspaceIndex index = new WorkspaceIndex(Project.open(ws, null, null), new Analyzer(RuleRegistry::forProfile, validator));
            index.build(() -> false, replayed -> { });
            index.finalSchema();
            assertNotNull(index.tablesPy().schema().table("{TENANT}.HEALTH_PLAN"), "tables.py SQL is read");
            assertTrue(index.constants().hasRole("Super Admin"), "constants.py members are read");
        }
        assertFalse(Files.exists(marker), "no Python statement ran");
    }
}
