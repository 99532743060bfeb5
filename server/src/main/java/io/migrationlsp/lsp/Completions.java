package io.migrationlsp.lsp;

import io.migrationlsp.core.completion.Candidate;
import io.migrationlsp.core.completion.CompletionEngine;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemLabelDetails;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** {@code textDocument/completion}: the core {@link CompletionEngine}'s proposals as LSP completion items. */
final class Completions {
    private final CompletionEngine engine;

    Completions(CompletionEngine engine) {
        this.engine = engine;
    }

    CompletionList complete(Document doc, Projects.Loaded loaded, Position position, ClientFeatures features,
                            CancelChecker cancel) {
        if (!doc.isSql()) {
            return new CompletionList(false, List.of());
        }
        int cursor = Conversions.offset(doc.lines(), position, features.encoding());
        String path = doc.path() == null ? null : loaded.relative(doc.path());
        List<Candidate> candidates = engine.complete(loaded.index(), path, doc.text(), cursor, features.snippets(),
                cancel::isCanceled);
        cancel.checkCanceled();
        List<CompletionItem> items = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            items.add(item(candidates.get(i), i, doc, features));
        }
        return new CompletionList(false, items);
    }

    private static CompletionItem item(Candidate c, int rank, Document doc, ClientFeatures features) {
        CompletionItem item = new CompletionItem(c.label());
        item.setKind(kind(c.kind()));
        item.setDetail(c.mark() == null ? c.detail() : c.mark() + ": " + c.detail());
        if (c.mark() != null) {
            CompletionItemLabelDetails details = new CompletionItemLabelDetails();
            details.setDescription(c.mark());
            item.setLabelDetails(details);
        }
        item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, c.documentation()));
        item.setFilterText(c.filterText());
        item.setSortText(String.format("%04d", rank));
        item.setInsertTextFormat(c.snippet() ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        item.setTextEdit(Either.forLeft(new TextEdit(Conversions.range(doc.lines(), c.replace(), features.encoding()),
                c.insertText())));
        return item;
    }

    private static CompletionItemKind kind(Candidate.Kind kind) {
        return switch (kind) {
            case BUILT_IN_ROLE -> CompletionItemKind.EnumMember;
            case ROLE, ACTION -> CompletionItemKind.Value;
            case ENTITY -> CompletionItemKind.Module;
            case TABLE -> CompletionItemKind.Struct;
            case COLUMN -> CompletionItemKind.Field;
            case TYPE -> CompletionItemKind.TypeParameter;
            case SNIPPET, HEADER -> CompletionItemKind.Snippet;
        };
    }
}
