package io.migrationlsp.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.workspace.NewMigration;
import io.migrationlsp.core.workspace.Project;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewMigrationCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsTheNextMigrationAndShowsIt() throws Exception {
        Path root = Fixtures.workspace(dir);
        Fixtures.write(root, "_migrations/2025_and_older/2025_1_40_1.sql", "SELECT 1;\n");
        Fixtures.write(root, "_migrations/2026_2_7_1.sql", "SELECT 1;\n");
        Fixtures.write(root, "_migrations/2026_2_3_1.sql", "SELECT 1;\n");
        try (TestServer t = new TestServer()) {
            t.initialize(root, TestServer.pushClient(), null);
            t.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(NewMigrationCommand.ID, List.of()))
                    .get(20, TimeUnit.SECONDS);
            Path created = root.resolve("_migrations/" + Year.now().getValue() + "_2_8_1.sql");
            assertTrue(Files.isRegularFile(created), "not created: " + created);
            assertEquals(NewMigration.TEMPLATE, Files.readString(created));
            assertEquals(Uris.fromPath(created), t.client.shown.get(0).getUri());
        }
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path root = Fixtures.workspace(dir);
        Project project = Project.open(root, null, null);
        String next = NewMigration.nextPath(project, 2026);
        // The listing is cached, so a file another process just wrote is where we would write.
        Fixtures.write(root, next, "-- someone else's work\n");
        assertThrows(FileAlreadyExistsException.class, () -> NewMigration.create(project, 2026));
        assertEquals("-- someone else's work\n", Files.readString(root.resolve(next)));
    }
}
