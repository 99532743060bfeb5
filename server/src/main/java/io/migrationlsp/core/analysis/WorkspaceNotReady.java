package io.migrationlsp.core.analysis;

/**
 * Thrown by {@link WorkspaceView#NOT_READY} when a rule asks about the workspace before its history
 * is indexed. The rule runner drops that rule's findings for this analysis: what is left are exactly
 * the findings that do not depend on the rest of the workspace, so they stay true once it is indexed.
 */
public final class WorkspaceNotReady extends RuntimeException {
    static final WorkspaceNotReady INSTANCE = new WorkspaceNotReady();

    private WorkspaceNotReady() {
        // Thrown once per rule per provisional analysis: no stack trace to fill, one shared instance.
        super("the workspace is not indexed yet", null, false, false);
    }
}
