package io.migrationlsp.lsp;

import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions for the findings under the requested range: each fix of a finding (the first one
 * preferred), "disable for this statement / file", and a {@value #FIX_ALL} source action that
 * applies every safe fix of the file whose edits do not overlap.
 */
final class CodeActions {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".migration-lsp";

    private final DocumentStore documents;

    CodeActions(DocumentStore documents) {
        this.documents = documents;
    }

    List<Either<Command, CodeAction>> actions(Analysis analysis, CodeActionParams params, ClientFeatures features,
                                              CancelChecker cancel) {
        List<String> only = params.getContext() != null ? params.getContext().getOnly() : null;
        List<Diagnostic> sent = params.getContext() != null && params.getContext().getDiagnostics() != null
                ? params.getContext().getDiagnostics() : List.of();
        Document doc = analysis.document();
        LineMap lines = doc.lines();
        TextSpan requested = Conversions.span(lines, params.getRange(), features.encoding());
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (wanted(only, CodeActionKind.QuickFix)) {
            Set<String> disableKeys = new LinkedHashSet<>();
            for (Finding f : analysis.findings()) {
                cancel.checkCanceled();
                Diagnostic own = Conversions.diagnostic(f, lines, features.encoding());
                Diagnostic matching = matching(sent, own);
                if (matching == null && !touches(f.span(), requested)) {
                    continue;
                }
                Diagnostic diagnostic = matching != null ? matching : own;
                boolean first = true;
                for (Fix fix : f.fixes()) {
                    WorkspaceEditBuilder edit = builder(analysis, features);
                    if (edit.add(fix)) {
                        out.add(Either.forRight(action(fix.title(), diagnostic, edit, first)));
                        first = false;
                    }
                }
                if (analysis.result() != null) {
                    addDisables(analysis, f, diagnostic, features, disableKeys, out);
                }
            }
        }
        if (wanted(only, FIX_ALL)) {
            CodeAction fixAll = fixAll(analysis, features, cancel);
            if (fixAll != null) {
                out.add(Either.forRight(fixAll));
            }
        }
        return out;
    }

    private void addDisables(Analysis analysis, Finding f, Diagnostic diagnostic, ClientFeatures features,
                             Set<String> done, List<Either<Command, CodeAction>> out) {
        boolean python = analysis.project().isRevision(analysis.document().path());
        Suppression.Insert stmt = python ? Suppression.forPythonStatement(analysis.result().file(), f)
                : Suppression.forStatement(analysis.result().file(), f);
        if (stmt != null && done.add("s:" + f.ruleId() + ":" + stmt.offset())) {
            WorkspaceEditBuilder edit = builder(analysis, features);
            edit.add(stmt.span(), stmt.text());
            out.add(Either.forRight(action("Disable " + f.ruleId() + " for this statement", diagnostic, edit, false)));
        }
        if (done.add("f:" + f.ruleId())) {
            Suppression.Insert file = python ? Suppression.forPythonFile(analysis.result().file(), f.ruleId())
                    : Suppression.forFile(analysis.result().file(), f.ruleId());
            WorkspaceEditBuilder edit = builder(analysis, features);
            edit.add(file.span(), file.text());
            out.add(Either.forRight(action("Disable " + f.ruleId() + " for this file", diagnostic, edit, false)));
        }
    }

    private CodeAction fixAll(Analysis analysis, ClientFeatures features, CancelChecker cancel) {
        WorkspaceEditBuilder edit = builder(analysis, features);
        List<Diagnostic> fixed = new ArrayList<>();
        for (Finding f : analysis.findings()) {
            cancel.checkCanceled();
            for (Fix fix : f.fixes()) {
                if (fix.safe() && fix.renameTo() == null && fix.alsoRename().isEmpty() && edit.add(fix)) {
                    fixed.add(Conversions.diagnostic(f, analysis.document().lines(), features.encoding()));
                    break;
                }
            }
        }
        if (edit.isEmpty()) {
            return null;
        }
        CodeAction a = new CodeAction("Fix all auto-fixable migration-lsp problems");
        a.setKind(FIX_ALL);
        a.setDiagnostics(fixed);
        a.setEdit(edit.build());
        return a;
    }

    private WorkspaceEditBuilder builder(Analysis analysis, ClientFeatures features) {
        return new WorkspaceEditBuilder(analysis.document(), analysis.project().project(), documents, features);
    }

    private static CodeAction action(String title, Diagnostic diagnostic, WorkspaceEditBuilder edit, boolean preferred) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(diagnostic));
        a.setEdit(edit.build());
        if (preferred) {
            a.setIsPreferred(true);
        }
        return a;
    }

    /** The client's copy of our diagnostic (same code and range), so the action is tied to what the user sees. */
    private static Diagnostic matching(List<Diagnostic> sent, Diagnostic own) {
        for (Diagnostic d : sent) {
            if (d != null && d.getCode() != null && d.getCode().isLeft()
                    && Objects.equals(d.getCode().getLeft(), own.getCode().getLeft())
                    && Objects.equals(d.getRange(), own.getRange())) {
                return d;
            }
        }
        return null;
    }

    /** Inclusive at both ends: a cursor just after the last character still "touches" the finding. */
    private static boolean touches(TextSpan finding, TextSpan requested) {
        return finding.start() <= requested.end() && requested.start() <= finding.end();
    }

    static boolean wanted(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String o : only) {
            if (o != null && (kind.equals(o) || kind.startsWith(o + "."))) {
                return true;
            }
        }
        return false;
    }
}
