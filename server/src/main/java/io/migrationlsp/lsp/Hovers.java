package io.migrationlsp.lsp;

import io.migrationlsp.core.navigation.HoverText;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleDocs;
import io.migrationlsp.rules.RuleRegistry;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover: the findings under the cursor with their rule's doc (or its one-line summary while it has
 * no doc), then what the name under the cursor is (a table's columns, a permission's roles; in an
 * Alembic revision, a revision id's parents and children).
 */
final class Hovers {
    private Hovers() {}

    static Hover hover(Analysis analysis, Position position, ClientFeatures features) {
        Document doc = analysis.document();
        int offset = Conversions.offset(doc.lines(), position, features.encoding());
        StringBuilder md = new StringBuilder();
        Finding first = null;
        for (Finding f : analysis.findings()) {
            if (offset < f.span().start() || offset > f.span().end()) {
                continue;
            }
            if (first == null) {
                first = f;
            } else {
                md.append("\n\n---\n\n");
            }
            md.append("**").append(f.ruleId()).append("** (").append(f.severity().label()).append(")\n\n")
                    .append(f.message());
            Rule rule = RuleRegistry.byId(f.ruleId(), analysis.project().project().profile());
            if (rule != null) {
                String ruleDoc = RuleDocs.load(rule.meta());
                md.append("\n\n").append(ruleDoc != null ? ruleDoc.strip() : "_" + rule.meta().summary() + "_");
            }
        }
        // A revision's ids link revisions; SQL names link tables and permissions.
        HoverText symbol = analysis.project().isRevision(doc.path()) ? RevisionNavigation.hover(analysis, offset)
                : Navigation.hover(analysis, offset);
        if (symbol != null) {
            md.append(first == null ? "" : "\n\n---\n\n").append(symbol.markdown());
        }
        if (first == null && symbol == null) {
            return null;
        }
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()));
        // A finding's range where there is one, so the hover stays tied to the diagnostic the user sees.
        h.setRange(Conversions.range(doc.lines(), first != null ? first.span() : symbol.span(), features.encoding()));
        return h;
    }
}
