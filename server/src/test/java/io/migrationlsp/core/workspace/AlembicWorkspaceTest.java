package io.migrationlsp.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.alembic.RevisionGraph;
import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.rules.RuleRegistry;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Alembic project in the workspace model: revisions in chain order, the graph kept true to open buffers. */
class AlembicWorkspaceTest {
    private static final Path EXAMPLE = Paths.get("..", "examples", "alembic").toAbsolutePath().normalize();
    private static final String DIR = "alembic/versions/";

    private static WorkspaceIndex index() {
        Project project = Project.open(EXAMPLE, null, null);
        assertEquals(Profile.ALEMBIC, project.profile());
        assertEquals("alembic/versions", project.config().migrationsDir());
        return new WorkspaceIndex(project, new Analyzer(RuleRegistry::forProfile, new SqlValidator(1000)));
    }

    private static List<String> names(WorkspaceIndex index) {
        return index.migrations().stream().map(MigrationEntry::fileName).toList();
    }

    @Test
    void revisionsRunInChainOrderNotNameOrder() {
        List<String> order = names(index());
        assertEquals(List.of("previous_revision_create_base_tables.py", "abc123def456_add_feature_flag_column.py",
                "b2c3d4e5f6a7_remove_ldap_from_user_source.py", "c3d4e5f6a7b8_add_contractor_to_user_source.py",
                "d4e5f6a7b8c9_add_department_id_to_user.py", "e5f6a7b8c9d0_remove_category_id_from_product.py",
                "f6a7b8c9d0e1_add_notification_enabled.py", "0a1b2c3d4e5f_make_email_required.py",
                "1b2c3d4e5f6a_add_manager_and_cost_center.py"), order);
    }

    @Test
    void anOpenBufferMovesItsRevisionAndChangesTheGraph() throws Exception {
        WorkspaceIndex index = index();
        String path = DIR + "1b2c3d4e5f6a_add_manager_and_cost_center.py";
        String disk = index.textOf(path);
        RevisionGraph before = index.revisionGraph();
        assertEquals(1, before.heads().size());
        // Point the last revision at the base: it now runs second, and the history has two heads.
        index.setOpenText(path, disk.replace("down_revision: Union[str, None] = '0a1b2c3d4e5f'",
                "down_revision: Union[str, None] = 'previous_revision'"));
        RevisionGraph after = index.revisionGraph();
        assertEquals(2, after.heads().size());
        assertEquals(2, after.children("previous_revision").size());
        assertTrue(names(index).indexOf("1b2c3d4e5f6a_add_manager_and_cost_center.py") < names(index)
                .indexOf("abc123def456_add_feature_flag_column.py"));
        index.setOpenText(path, null);
        assertEquals(1, index.revisionGraph().heads().size(), "closed: the disk is the truth again");
        assertNotNull(index.revision(path).upgrade(), "a whole revision is read on demand");
        assertEquals(4, index.revision(path).upgrade().ops().size());
    }

    @TempDir
    Path ws;

    /** A revision's code, at import and in its functions, would leave a file behind if it ran: none appears. */
    @Test
    void revisionsAreReadNeverRun() throws Exception {
        Path marker = ws.resolve("executed.txt");
        String touch = "open(r'" + marker + "', 'w').write('ran')";
        Files.writeString(ws.resolve("alembic.ini"), "[alembic]\nscript_location = alembic\n");
        Files.createDirectories(ws.resolve("alembic/versions"));
        String revision = "import os\n" + touch + "\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                + "revision = 'r1'\ndown_revision = None\n\n\ndef upgrade():\n    " + touch + "\n"
                + "    op.add_column('user', sa.Column('flag', sa.Boolean(), nullable=False))\n";
        Files.writeString(ws.resolve("alembic/versions/r1_flag.py"), revision);
        Project project = Project.open(ws, null, null);
        Analyzer analyzer = new Analyzer(RuleRegistry::forProfile, new SqlValidator(1000));
        WorkspaceIndex index = new WorkspaceIndex(project, analyzer);
        index.build(() -> false, replayed -> { });
        var findings = analyzer.analyze("alembic/versions/r1_flag.py", revision, project.config(), project.profile(), index,
                () -> false).findings();
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("not-null-server-default")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("downgrade-required")), findings.toString());
        assertEquals("r1", index.revisionGraph().heads().get(0).id());
        assertFalse(Files.exists(marker), "no Python statement ran");
    }
}
