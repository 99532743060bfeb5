package io.migrationlsp.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the index caches between edits stays true: the schema before a file survives edits at or
 * after it and not before it, final tables follow edits to the file asking and to later files, and
 * an open buffer is modelled once however many callers ask.
 */
class WorkspaceIndexTest {
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(1000));

    @TempDir
    Path tmp;

    private WorkspaceIndex index(String... migrations) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("ws"));
        Files.createDirectories(root.resolve("_migrations"));
        for (int i = 0; i < migrations.length; i++) {
            Files.writeString(root.resolve("_migrations/2026_1_" + (i + 1) + "_1.sql"), migrations[i]);
        }
        return new WorkspaceIndex(Project.open(root, null, null), ANALYZER);
    }

    private static String table(String name, String... columns) {
        StringBuilder sb = new StringBuilder("CREATE TABLE {schema_name}.[" + name + "] (ID INT NOT NULL");
        for (String c : columns) {
            sb.append(", ").append(c).append(" INT NULL");
        }
        return sb.append(");\n").toString();
    }

    private static final String FIRST = "_migrations/2026_1_1_1.sql";
    private static final String SECOND = "_migrations/2026_1_2_1.sql";
    private static final String THIRD = "_migrations/2026_1_3_1.sql";

    @Test
    void schemaBeforeAFileFollowsEditsBeforeItAndIgnoresEditsAtOrAfterIt() throws Exception {
        WorkspaceIndex index = index(table("A"), table("B"), table("C"));
        assertEquals(List.of("{TENANT}.A", "{TENANT}.B"), List.copyOf(index.schemaBefore(THIRD).tables().keySet()));

        index.setOpenText(THIRD, table("C") + table("D"));
        assertEquals(List.of("{TENANT}.A", "{TENANT}.B"), List.copyOf(index.schemaBefore(THIRD).tables().keySet()));

        index.setOpenText(SECOND, table("B") + table("E"));
        assertEquals(List.of("{TENANT}.A", "{TENANT}.B", "{TENANT}.E"),
                List.copyOf(index.schemaBefore(THIRD).tables().keySet()));

        index.setOpenText(SECOND, null);
        assertNull(index.schemaBefore(THIRD).table("{TENANT}.E"), "closing the buffer brings the disk text back");
    }

    @Test
    void finalTableFollowsTheAskingFileAndLaterFiles() throws Exception {
        WorkspaceIndex index = index(table("A", "X"), table("B"), "ALTER TABLE {schema_name}.[A] ADD Y INT NULL;\n");
        assertEquals(List.of("ID", "X", "Y"), List.copyOf(index.finalTable(FIRST, "{TENANT}.A").columns().keySet()));

        index.setOpenText(FIRST, table("A", "X", "Z") + table("F"));
        assertEquals(List.of("ID", "X", "Z", "Y"), List.copyOf(index.finalTable(FIRST, "{TENANT}.A").columns().keySet()));
        assertNotNull(index.finalTable(FIRST, "{TENANT}.F"));
        assertNull(index.finalTable(FIRST, "{TENANT}.NOPE"));

        index.setOpenText(THIRD, "ALTER TABLE {schema_name}.[A] DROP COLUMN X;\nDROP TABLE {schema_name}.[F];\n");
        assertEquals(List.of("ID", "Z"), List.copyOf(index.finalTable(FIRST, "{TENANT}.A").columns().keySet()));
        assertNull(index.finalTable(FIRST, "{TENANT}.F"), "a later file drops it");
        assertNotNull(index.finalTable(SECOND, "{TENANT}.B"));
    }

    @Test
    void anOpenBufferIsModelledOnce() throws Exception {
        WorkspaceIndex index = index(table("A"), table("B"));
        String text = table("B") + "-- edited\n";
        index.setOpenText(SECOND, text);
        assertSame(index.file(SECOND), index.model(SECOND, text));
        assertSame(index.file(SECOND), index.model(SECOND, new String(text.toCharArray())), "equal text, same model");
        String other = text + "SELECT 1;\n";
        assertEquals(other, index.model(SECOND, other).text(), "other text: a model of that text");
        assertSame(index.file(SECOND), index.model(SECOND, text), "which the index does not keep");
    }

    @Test
    void theOnePassBuildLeavesWhatTheLazyReplayGivesEvenKeepingFewModels() throws Exception {
        String[] files = new String[250];
        for (int i = 0; i < files.length; i++) {
            files[i] = table("T" + i, "A") + (i > 0 ? "ALTER TABLE {schema_name}.[T" + (i - 1) + "] ADD B" + i + " INT NULL;\n" : "");
        }
        WorkspaceIndex lazy = index(files);
        Path root = lazy.root();
        WorkspaceIndex built = new WorkspaceIndex(Project.open(root, null, null), ANALYZER, 3);
        List<Integer> progress = new java.util.ArrayList<>();
        built.build(() -> false, progress::add);
        assertEquals(250, progress.size());
        assertEquals(lazy.finalSchema().tables().keySet(), built.finalSchema().tables().keySet());
        assertEquals(lazy.finalSchema().table("{TENANT}.T7").columns(), built.finalSchema().table("{TENANT}.T7").columns());
        String late = "_migrations/2026_1_220_1.sql";
        assertEquals(lazy.schemaBefore(late).tables().keySet(), built.schemaBefore(late).tables().keySet());
        assertEquals(List.of("ID", "A", "B249"), List.copyOf(built.finalTable(late, "{TENANT}.T248").columns().keySet()));
    }

    @Test
    void changesDuringTheBuildAreReplayedWhetherItHasPassedThemOrNot() throws Exception {
        WorkspaceIndex index = index(table("A"), table("B"), table("C"));
        List<Integer> progress = new java.util.ArrayList<>();
        index.build(() -> false, replayed -> {
            progress.add(replayed);
            if (progress.size() == 1) {
                index.setOpenText(THIRD, table("D"));
            } else if (progress.size() == 3) {
                index.setOpenText(FIRST, table("E"));
            }
        });
        assertEquals(List.of("{TENANT}.E", "{TENANT}.B", "{TENANT}.D"), List.copyOf(index.finalSchema().tables().keySet()));
        // The prefetched model of the third file is stale when the build reaches it, and the first
        // file changes after it was replayed: both send the build back to the start (its checkpoint).
        assertEquals(List.of(1, 2, 1, 1, 2, 3), progress);
    }

    @Test
    void askingFileAfterFileGivesWhatAskingEachAloneGives() throws Exception {
        String[] files = new String[230];
        for (int i = 0; i < files.length; i++) {
            files[i] = table("T" + i) + (i % 7 == 3 ? "DROP TABLE {schema_name}.[T" + (i - 2) + "];\n" : "");
        }
        WorkspaceIndex walking = index(files);
        for (int k = 1; k <= files.length; k += 1 + k % 5) {
            String path = "_migrations/2026_1_" + k + "_1.sql";
            WorkspaceIndex alone = new WorkspaceIndex(Project.open(walking.root(), null, null), ANALYZER);
            assertEquals(List.copyOf(alone.schemaBefore(path).tables().keySet()),
                    List.copyOf(walking.schemaBefore(path).tables().keySet()), path);
        }
    }

    @Test
    void aCheckpointIsNotChangedByTheReplayThatGoesOnAfterIt() throws Exception {
        String[] files = new String[160];
        files[0] = table("A", "X");
        for (int i = 1; i < files.length; i++) {
            files[i] = table("T" + i);
        }
        files[120] = "ALTER TABLE {schema_name}.[A] ADD Y INT NULL;\n";
        WorkspaceIndex index = index(files);
        index.finalSchema();
        assertEquals(List.of("ID", "X"), List.copyOf(index.schemaBefore("_migrations/2026_1_110_1.sql")
                .table("{TENANT}.A").columns().keySet()));
        assertEquals(List.of("ID", "X", "Y"), List.copyOf(index.finalSchema().table("{TENANT}.A").columns().keySet()));
    }
}
