package io.migrationlsp.core.workspace.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.MigrationEntry.Kind;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import io.migrationlsp.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each profile's layout is recognised from the folders alone, and a monorepo holds several projects. */
class LayoutsTest {
    @TempDir
    Path repo;

    private void touch(String relative, String text) throws IOException {
        Path p = repo.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void monorepoFilesFindTheirOwnProjectAndProfile() throws IOException {
        touch("platform/_migrations/2026_1_1_1.sql", "SELECT 1;");
        touch("web/supabase/migrations/20240101120000_init.sql", "SELECT 1;");
        touch("backend/migrations/0001_init.up.sql", "SELECT 1;");
        touch("services/api/db/migrations/001_init.sql", "SELECT 1;");
        touch("src/backend/alembic.ini", "[alembic]\nscript_location = %(here)s/alembic\n");
        touch("src/backend/alembic/versions/abc123_init.py", "revision = 'abc123'\n");

        assertProject("platform/_migrations/2026_1_1_1.sql", "platform", Profile.PLATFORM, "_migrations");
        assertProject("web/supabase/migrations/20240101120000_init.sql", "web", Profile.SUPABASE, "supabase/migrations");
        assertProject("backend/migrations/0001_init.up.sql", "backend", Profile.SQLX, "migrations");
        assertProject("services/api/db/migrations/001_init.sql", "services/api", Profile.POSTGRES_RLS, "db/migrations");
        assertProject("src/backend/alembic/versions/abc123_init.py", "src/backend", Profile.ALEMBIC, "alembic/versions");
        assertNull(Layouts.detect(repo));
    }

    private void assertProject(String file, String root, Profile profile, String migrationsDir) {
        Path found = Project.findRoot(repo.resolve(file));
        assertEquals(repo.resolve(root), found, file);
        Project project = Project.open(found, null, null);
        assertEquals(profile, project.profile(), file);
        assertEquals(migrationsDir, project.config().migrationsDir(), file);
        String relative = project.relative(repo.resolve(file));
        assertEquals(List.of(relative), project.migrationPaths(), file);
    }

    @Test
    void configuredProfileWinsAndTakesItsDefaultFolder() throws IOException {
        touch(".migration-lsp.json", "{\"profile\": \"postgres-rls\"}");
        touch("db/migrations/002_b.sql", "SELECT 1;");
        touch("db/migrations/001_a.sql", "SELECT 1;");
        touch("db/migrations/001_a_rollback.sql", "SELECT 1;");
        touch("db/migrations/old/000_x.sql", "SELECT 1;");
        Project project = Project.open(repo, null, null);
        assertEquals(Profile.POSTGRES_RLS, project.profile());
        try (SqlValidator validator = new SqlValidator(1000)) {
            WorkspaceIndex index = new WorkspaceIndex(project, new Analyzer(RuleRegistry::forProfile, validator));
            List<String> order = index.migrations().stream().map(e -> e.kind() + " " + e.fileName() + " " + e.version())
                    .toList();
            assertEquals(List.of("ROOT 001_a.sql 1", "ROOT 002_b.sql 2", "REVERSE 001_a_rollback.sql 1",
                    "MISPLACED 000_x.sql 0"), order);
        }
    }

    @Test
    void sqlxPairsAndAlembicRevisionsAreListed() throws IOException {
        touch("migrations/0002_b.up.sql", "SELECT 1;");
        touch("migrations/0002_b.down.sql", "SELECT 1;");
        touch("migrations/0001_a.up.sql", "SELECT 1;");
        Project sqlx = Project.open(repo, null, null);
        assertEquals(Profile.SQLX, sqlx.profile());
        MigrationLayout layout = sqlx.layout();
        MigrationEntry down = layout.entry("migrations/0002_b.down.sql", "0002_b.down.sql");
        assertEquals(Kind.REVERSE, down.kind());
        assertEquals(2, down.version());
        assertEquals(3, sqlx.migrationPaths().size());

        touch("py/alembic.ini", "[alembic]\nscript_location = ../../etc\n");
        touch("py/alembic/versions/__init__.py", "");
        touch("py/alembic/versions/__pycache__/a.py", "");
        touch("py/alembic/versions/a1_first.py", "revision = 'a1'\n");
        Project alembic = Project.open(repo.resolve("py"), null, null);
        // A script_location leading outside the project falls back to the default folder.
        assertEquals(Profile.ALEMBIC, alembic.profile());
        assertEquals(List.of("alembic/versions/a1_first.py"), alembic.migrationPaths());
    }

    @Test
    void plainNumberedFolderIsNotSqlx() throws IOException {
        touch("migrations/0001_a.sql", "SELECT 1;");
        assertNull(Layouts.detect(repo));
        assertEquals(-1, NumberedName.leadingNumber("abc_x.sql"));
        assertEquals(20240101120000L, NumberedName.leadingNumber("20240101120000_x.sql"));
    }
}
