package io.migrationlsp.core.analysis;

import java.nio.file.Path;
import java.util.List;

/** What a rule may know about the rest of the workspace. */
public interface WorkspaceView {
    /** The workspace root, or null when a file is checked on its own. */
    Path root();

    /** Workspace-relative paths (with /) of every .sql file under the migrations folder. */
    List<String> migrationPaths();

    /** The cross-file facts, or null when the file is checked without its workspace. */
    default WorkspaceFacts facts() {
        return null;
    }

    /**
     * The view of a workspace file whose history is still being indexed: any question about the
     * workspace throws {@link WorkspaceNotReady}, so a rule either finishes without needing it or
     * contributes nothing (see {@link Analyzer#analyzeBeforeIndexed}).
     */
    WorkspaceView NOT_READY = new WorkspaceView() {
        @Override
        public Path root() {
            throw WorkspaceNotReady.INSTANCE;
        }

        @Override
        public List<String> migrationPaths() {
            throw WorkspaceNotReady.INSTANCE;
        }

        @Override
        public WorkspaceFacts facts() {
            throw WorkspaceNotReady.INSTANCE;
        }
    };

    WorkspaceView NONE = new WorkspaceView() {
        @Override
        public Path root() {
            return null;
        }

        @Override
        public List<String> migrationPaths() {
            return List.of();
        }
    };
}
