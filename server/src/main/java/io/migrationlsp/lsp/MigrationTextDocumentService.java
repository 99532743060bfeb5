package io.migrationlsp.lsp;

import io.migrationlsp.core.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Document sync and the per-document requests; translation only, the work is in the classes it calls. */
final class MigrationTextDocumentService implements TextDocumentService {
    private final ServerSession session;

    MigrationTextDocumentService(ServerSession session) {
        this.session = session;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        session.notification("didOpen", () -> {
            var item = params.getTextDocument();
            Document doc = session.documents.open(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText());
            if (isConfig(doc)) {
                configChanged(doc);
            } else {
                session.sync.edited(doc);
            }
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        session.notification("didChange", () -> {
            var id = params.getTextDocument();
            Document doc = session.documents.change(id.getUri(), id.getVersion(), params.getContentChanges(),
                    session.features().encoding());
            if (doc == null) {
                return;
            }
            if (isConfig(doc)) {
                configChanged(doc);
            } else {
                session.sync.edited(doc);
            }
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        session.notification("didClose", () -> {
            String uri = params.getTextDocument().getUri();
            Document doc = session.documents.close(uri);
            session.scheduler.cancel(uri);
            session.analyses.remove(uri);
            if (doc == null) {
                return;
            }
            if (isConfig(doc)) {
                // Closed without saving: the file on disk is the config again.
                configChanged(doc);
                return;
            }
            boolean hadDiagnostics = session.projects.forDocument(doc).hasDiagnostics(doc);
            session.sync.closed(doc);
            if (session.push() && hadDiagnostics) {
                session.client().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            }
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        session.notification("didSave", () -> {
            Document doc = session.documents.get(params.getTextDocument().getUri());
            if (doc == null) {
                return;
            }
            if (isConfig(doc)) {
                configChanged(doc);
            } else if (doc.path() != null) {
                // The buffer was already in force; but a file first saved now has just appeared in the
                // migrations listing, and not every client reports that as a watched-file event.
                session.sync.diskChanged(List.of(doc.path()));
            }
        });
    }

    private void configChanged(Document configDoc) {
        if (configDoc.path() != null) {
            session.projects.reload(configDoc.path().getParent());
        }
        session.refreshAll();
    }

    private static boolean isConfig(Document d) {
        return d.fileName().equals(Config.FILE_NAME);
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return session.request(cancel -> {
            Document doc = document(params.getTextDocument());
            // While indexing, a client that takes workspace/diagnostic/refresh gets the provisional report
            // (its own result id) and pulls again on the refresh sent after indexing; others wait for the full one.
            Analysis a = session.features().diagnosticRefresh()
                    ? session.analyses.current(doc, cancel::isCanceled)
                    : session.analyses.get(doc, cancel::isCanceled);
            cancel.checkCanceled();
            RelatedFullDocumentDiagnosticReport report =
                    new RelatedFullDocumentDiagnosticReport(session.diagnostics(a.findings(), doc.lines()));
            report.setResultId(a.resultId());
            return new DocumentDiagnosticReport(report);
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return session.request(cancel -> {
            Document doc = session.documents.get(params.getTextDocument().getUri());
            if (doc == null) {
                return List.of();
            }
            Analysis a = session.analyses.get(doc, cancel::isCanceled);
            return session.codeActions.actions(a, params, session.features(), cancel);
        });
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return session.request(cancel -> {
            Document doc = session.documents.get(params.getTextDocument().getUri());
            if (doc == null) {
                return Either.forRight(new CompletionList(false, List.of()));
            }
            var loaded = session.projects.forDocument(doc);
            return Either.forRight(session.completions.complete(doc, loaded, params.getPosition(), session.features(), cancel));
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return session.request(cancel -> {
            Document doc = session.documents.get(params.getTextDocument().getUri());
            if (doc == null) {
                return null;
            }
            Analysis a = session.analyses.get(doc, cancel::isCanceled);
            return Hovers.hover(a, params.getPosition(), session.features());
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return session.request(cancel -> {
            Analysis a = analysis(params.getTextDocument(), cancel);
            if (a == null) {
                return Either.forLeft(List.of());
            }
            // In an Alembic revision a down_revision id leads to its parent revision; in SQL a name to its definition.
            return Either.forLeft(a.project().isRevision(a.document().path())
                    ? RevisionNavigation.definition(a, params.getPosition(), session.features())
                    : Navigation.definition(a, params.getPosition(), session.features()));
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return session.request(cancel -> {
            Analysis a = analysis(params.getTextDocument(), cancel);
            boolean declarations = params.getContext() != null && params.getContext().isIncludeDeclaration();
            return a == null ? List.of() : Navigation.references(a, params.getPosition(), declarations, session.features());
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return session.request(cancel -> {
            Analysis a = analysis(params.getTextDocument(), cancel);
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            if (a != null) {
                Navigation.symbols(a, session.features()).forEach(s -> out.add(Either.forRight(s)));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return session.request(cancel -> {
            Analysis a = analysis(params.getTextDocument(), cancel);
            return a == null ? List.of() : Navigation.folds(a);
        });
    }

    /** The analysis of an open document, or null when it is not open. */
    private Analysis analysis(TextDocumentIdentifier id, CancelChecker cancel) {
        Document doc = id == null ? null : session.documents.get(id.getUri());
        if (doc == null) {
            return null;
        }
        Analysis a = session.analyses.get(doc, cancel::isCanceled);
        cancel.checkCanceled();
        return a;
    }

    private Document document(TextDocumentIdentifier id) {
        Document doc = id == null ? null : session.documents.get(id.getUri());
        if (doc == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "document is not open: " + (id == null ? null : id.getUri()), null));
        }
        return doc;
    }
}
