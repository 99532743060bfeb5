package io.migrationlsp.core.alembic;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * The module-level identifiers of a revision file, all that the revision graph needs.
 *
 * @param revision          {@code revision = '...'}, null when missing or not a string
 * @param downRevisions     the parents: one for a plain revision, several for a merge, none for {@code None}
 * @param downRevisionValue the whole value assigned to {@code down_revision}, null when the file has no such line
 * @param branchLabels      {@code branch_labels}, empty for {@code None}
 * @param dependsOn         {@code depends_on}, empty for {@code None}
 */
public record RevisionHeader(String path, RevisionId revision, List<RevisionId> downRevisions, TextSpan downRevisionValue,
                             List<RevisionId> branchLabels, List<RevisionId> dependsOn) {
    public RevisionHeader {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    public String id() {
        return revision == null ? null : revision.value();
    }

    public boolean isRoot() {
        return downRevisionValue != null && downRevisions.isEmpty();
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
