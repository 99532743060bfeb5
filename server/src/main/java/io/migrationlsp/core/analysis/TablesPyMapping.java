package io.migrationlsp.core.analysis;

import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Finding;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.ArrayList;
import java.util.List;

/** Moves a finding on the SQL inside tables.py, and its fix edits, to Python offsets. */
final class TablesPyMapping {
    private TablesPyMapping() {}

    static Finding toPython(Finding f, TablesPyModel tp) {
        List<Fix> fixes = new ArrayList<>();
        for (Fix fix : f.fixes()) {
            List<Edit> edits = new ArrayList<>();
            for (Edit e : fix.edits()) {
                if (e.path() != null) {
                    // Already addressed to a file (and in its coordinates) by the rule.
                    edits.add(e);
                    continue;
                }
                TextSpan span = e.span().length() == 0
                        ? new TextSpan(tp.insertionOffset().applyAsInt(e.span().start()), tp.insertionOffset().applyAsInt(e.span().start()))
                        : tp.toPython().apply(e.span());
                String text = e.newText().isEmpty() ? "" : tp.encodeAt(span.start(), e.newText());
                edits.add(new Edit(tp.path(), span, text));
            }
            fixes.add(new Fix(fix.title(), List.copyOf(edits), fix.renameTo(), fix.safe()));
        }
        return new Finding(f.ruleId(), f.severity(), tp.path(), tp.toPython().apply(f.span()), f.message(), List.copyOf(fixes));
    }

}
