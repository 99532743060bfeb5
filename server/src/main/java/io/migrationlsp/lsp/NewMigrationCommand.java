package io.migrationlsp.lsp;

import com.google.gson.JsonPrimitive;
import io.migrationlsp.core.workspace.NewMigration;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * {@value #ID}: creates the next {@code _migrations/YYYY_N_SEQ_1.sql} with the section headers and
 * opens it in the editor. An optional first argument (a file or folder URI) picks the project.
 */
final class NewMigrationCommand {
    static final String ID = "migration-lsp.newMigration";

    private final ServerSession session;

    NewMigrationCommand(ServerSession session) {
        this.session = session;
    }

    Object execute(List<Object> arguments) {
        Projects.Loaded project = project(arguments);
        Path file;
        try {
            file = NewMigration.create(project.project(), Year.now().getValue());
        } catch (IOException e) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                    "Cannot create a new migration: " + e.getMessage(), null));
        }
        session.sync.diskChanged(List.of(file));
        String uri = Uris.fromPath(file);
        if (session.features().showDocument() && session.client() != null) {
            ShowDocumentParams show = new ShowDocumentParams(uri);
            show.setTakeFocus(true);
            // The cursor goes on the empty line under the platform header, where the first statement belongs.
            show.setSelection(new Range(new Position(1, 0), new Position(1, 0)));
            session.client().showDocument(show);
        } else {
            session.warn("Created " + project.project().relative(file));
        }
        return Map.of("uri", uri);
    }

    private Projects.Loaded project(List<Object> arguments) {
        if (arguments != null && !arguments.isEmpty()) {
            Object a = arguments.get(0);
            String s = a instanceof JsonPrimitive p && p.isString() ? p.getAsString() : a instanceof String str ? str : null;
            Path p = Uris.toPath(s);
            if (p != null) {
                return session.projects.forFile(p);
            }
        }
        Path root = session.projects.workspaceRoot();
        if (root == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "No workspace folder: pass the URI of a file or folder of the project", null));
        }
        return session.projects.forRoot(root);
    }

}
