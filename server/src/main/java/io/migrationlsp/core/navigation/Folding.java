package io.migrationlsp.core.navigation;

import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What can fold in a file: each section (header to its last statement), each statement and the
 * statements inside blocks, each block comment. Whether a span covers more than one line is the
 * editor adapter's to decide, since it knows the lines.
 */
public final class Folding {
    private Folding() {}

    public static List<Fold> of(SourceView view) {
        List<Fold> folds = new ArrayList<>();
        for (Sections.Part part : Sections.of(view.sql()).parts) {
            folds.add(new Fold(view.toSource(part.span()), Fold.Kind.SECTION));
        }
        for (StatementModel top : view.sql().models()) {
            folds.add(new Fold(view.toSource(top.statement().span()), Fold.Kind.STATEMENT));
            for (StatementModel inner : top.flatten()) {
                if (inner != top) {
                    folds.add(new Fold(view.toSource(Outline.tokenSpan(inner, top.statement().span())), Fold.Kind.STATEMENT));
                }
            }
        }
        for (Token t : view.sql().split().tokens()) {
            if (t.kind() == TokenKind.BLOCK_COMMENT) {
                folds.add(new Fold(view.toSource(t.span()), Fold.Kind.COMMENT));
            }
        }
        return folds;
    }
}
