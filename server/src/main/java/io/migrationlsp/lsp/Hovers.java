package io.migrationlsp.lsp;

import io.migrationlsp.core.alembic.RevisionLinks;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleDocs;
import io.migrationlsp.rules.RuleRegistry;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover over a finding: its message and the rule's doc (or its one-line summary while it has no
 * doc); on an Alembic revision id, that revision's parents and children.
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
        RevisionLinks.HoverText revision = RevisionNavigation.hover(analysis, position, features);
        if (revision != null) {
            md.append(first == null ? "" : "\n\n---\n\n").append(revision.markdown());
        }
        if (first == null && revision == null) {
            return null;
        }
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()));
        h.setRange(Conversions.range(doc.lines(), first != null ? first.span() : revision.span(), features.encoding()));
        return h;
    }
}
