package io.migrationlsp.core.analysis;

import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.alembic.RevisionGraph;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.workspace.ConstantsModel;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.TablesPyModel;
import io.migrationlsp.core.workspace.manifest.SchemaManifest;
import java.util.List;

/** What the cross-file rules know about the repository: history, replayed schema, tables.py, constants.py, the schema manifest. */
public interface WorkspaceFacts {
    /** Every migration file: archive first, then root files by SEQ and REV, then misplaced ones. */
    List<MigrationEntry> migrations();

    MigrationEntry entry(String path);

    /** The schema as every migration before {@code path} leaves it (the whole history for an unknown path). */
    SchemaModel schemaBefore(String path);

    /** The schema after the whole history. */
    SchemaModel finalSchema();

    /**
     * The table as the whole history leaves it, knowing that {@code path} is where one looks from:
     * cheaper than {@link #finalSchema()} after an edit, since only the files touching it replay.
     */
    io.migrationlsp.core.schema.TableInfo finalTable(String path, String tableKey);

    /** Which later migration (if any) creates the table with this key; null when none does. */
    String laterCreator(String path, String tableKey);

    /** Another workspace file as modelled (the open buffer over the disk), or null when it cannot be read. */
    default SqlFile file(String path) {
        return null;
    }

    /** {@code app/tenant/tables.py} as read, or null when the file does not exist. */
    TablesPyModel tablesPy();

    /** {@code app/role/constants.py} as read, or null when the file does not exist. */
    ConstantsModel constants();

    /** The Alembic revision graph of the project's revision files; null for other profiles. */
    default RevisionGraph revisionGraph() {
        return null;
    }

    /** Another revision file of the project, read whole (never run); null when unknown or for other profiles. */
    default Revision revision(String path) {
        return null;
    }

    /** The schema manifest ({@code docs/canon/DB_SCHEMA_MANIFEST.json}) as read, or null when the file does not exist. */
    default SchemaManifest manifest() {
        return null;
    }
}
