package io.migrationlsp.lsp;

import io.migrationlsp.core.text.LineMap;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.PositionEncodingKind;

/** What the client said it can do, read once at initialize, with the absent-means-no defaults of the spec. */
record ClientFeatures(
        LineMap.Encoding encoding,
        boolean pullDiagnostics,
        boolean diagnosticRefresh,
        boolean documentChanges,
        boolean renameFiles,
        boolean createFiles,
        boolean configuration,
        boolean showDocument,
        boolean watchedFilesRegistration,
        boolean workDoneProgress,
        boolean snippets) {

    static final ClientFeatures NONE = new ClientFeatures(LineMap.Encoding.UTF16, false, false, false, false, false,
            false, false, false, false, false);

    static ClientFeatures of(ClientCapabilities caps) {
        if (caps == null) {
            return NONE;
        }
        var general = caps.getGeneral();
        List<String> encodings = general != null ? general.getPositionEncodings() : null;
        LineMap.Encoding encoding = encodings != null && encodings.contains(PositionEncodingKind.UTF8)
                ? LineMap.Encoding.UTF8 : LineMap.Encoding.UTF16;
        var text = caps.getTextDocument();
        boolean pull = text != null && text.getDiagnostic() != null;
        var ws = caps.getWorkspace();
        boolean refresh = ws != null && ws.getDiagnostics() != null && Boolean.TRUE.equals(ws.getDiagnostics().getRefreshSupport());
        var edit = ws != null ? ws.getWorkspaceEdit() : null;
        boolean docChanges = edit != null && Boolean.TRUE.equals(edit.getDocumentChanges());
        boolean rename = docChanges && edit.getResourceOperations() != null && edit.getResourceOperations().contains("rename");
        boolean create = docChanges && edit.getResourceOperations() != null && edit.getResourceOperations().contains("create");
        boolean configuration = ws != null && Boolean.TRUE.equals(ws.getConfiguration());
        var window = caps.getWindow();
        boolean showDocument = window != null && window.getShowDocument() != null && window.getShowDocument().isSupport();
        boolean watch = ws != null && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
        boolean progress = window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
        var completion = text != null ? text.getCompletion() : null;
        boolean snippets = completion != null && completion.getCompletionItem() != null
                && Boolean.TRUE.equals(completion.getCompletionItem().getSnippetSupport());
        return new ClientFeatures(encoding, pull, refresh, docChanges, rename, create, configuration, showDocument, watch,
                progress, snippets);
    }

    String positionEncodingKind() {
        return encoding == LineMap.Encoding.UTF8 ? PositionEncodingKind.UTF8 : PositionEncodingKind.UTF16;
    }
}
