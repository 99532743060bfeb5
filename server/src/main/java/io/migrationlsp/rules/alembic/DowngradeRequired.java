package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.alembic.DowngradeGenerator;
import io.migrationlsp.core.alembic.MigrationFunction;
import io.migrationlsp.core.alembic.MigrationFunction.Step;
import io.migrationlsp.core.alembic.MigrationFunction.StepKind;
import io.migrationlsp.core.alembic.Revision;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.python.PythonBlock;
import io.migrationlsp.core.python.PythonToken;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * Every revision needs a rollback: {@code downgrade()} missing, or only {@code pass}, leaves
 * {@code alembic downgrade} with nothing to do while upgrade() changed the schema. A revision whose
 * upgrade() does nothing (a merge revision) needs no downgrade either.
 */
public final class DowngradeRequired implements Rule {
    private static final RuleMeta META = new RuleMeta("downgrade-required", Severity.ERROR, Profile.ALEMBIC,
            "downgrade() missing, empty or only pass");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Revision r = ctx.revision();
        if (r == null || r.upgrade() == null) {
            return;
        }
        MigrationFunction up = r.upgrade();
        MigrationFunction down = r.downgrade();
        if (up.isEmpty() || (down != null && !down.isEmpty())) {
            return;
        }
        DowngradeGenerator.Result inverse = DowngradeGenerator.invert(r);
        String what = down == null
                ? "This revision has no downgrade(): `alembic downgrade` cannot roll it back."
                : "downgrade() does nothing: rolling back leaves what upgrade() did in place.";
        String how = inverse.ok() ? " The quick fix writes the inverse of upgrade()."
                : " Write the rollback by hand (" + inverse.reason() + ").";
        String message = what + " Every migration needs a rollback path." + how;
        TextSpan at = down != null ? down.nameSpan() : up.nameSpan();
        if (!inverse.ok()) {
            ctx.report(at, message);
            return;
        }
        Edit edit = down == null ? append(r, inverse.statements()) : replaceBody(r, down, inverse.statements());
        ctx.report(at, message, Fix.of("Generate downgrade() from upgrade()", edit));
    }

    /** A new {@code def downgrade()} right after upgrade(), with upgrade()'s signature. */
    private static Edit append(Revision r, List<String> statements) {
        String text = r.text();
        String eol = eol(text);
        MigrationFunction up = r.upgrade();
        int at = up.block().end();
        String header = headerText(text, up.block()).replaceFirst("\\bupgrade\\b", "downgrade");
        String indent = bodyIndent(text, up);
        StringBuilder b = new StringBuilder();
        if (at == text.length() && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
            b.append(eol);
        }
        b.append(eol).append(eol).append(header).append(eol);
        statements.forEach(s -> b.append(indent).append(s).append(eol));
        return Edit.insert(at, b.toString());
    }

    /** The body of an empty downgrade() replaced, its docstring kept. */
    private static Edit replaceBody(Revision r, MigrationFunction down, List<String> statements) {
        String text = r.text();
        String eol = eol(text);
        PythonBlock block = down.block();
        String indent = bodyIndent(text, down.block().body().isEmpty() ? r.upgrade() : down);
        Step first = down.steps().isEmpty() ? null : down.steps().get(0);
        StringBuilder b = new StringBuilder();
        int from;
        if (first != null && first.kind() == StepKind.DOCSTRING && !block.body().isEmpty()) {
            from = first.line().end();
        } else {
            from = colonEnd(block);
            b.append(eol);
        }
        statements.forEach(s -> b.append(indent).append(s).append(eol));
        return Edit.replace(new TextSpan(from, Math.max(from, block.end())), b.toString());
    }

    /** {@code def name(...) -> T:} as written. */
    private static String headerText(String text, PythonBlock block) {
        return text.substring(block.header().start(), colonEnd(block));
    }

    private static int colonEnd(PythonBlock block) {
        List<PythonToken> tokens = block.header().tokens();
        if (block.headerTail().isEmpty()) {
            return tokens.get(tokens.size() - 1).end();
        }
        int tail = tokens.indexOf(block.headerTail().get(0));
        return tokens.get(Math.max(0, tail - 1)).end();
    }

    /** The indentation of the function's first body line; four spaces past the header for a one-line body. */
    private static String bodyIndent(String text, MigrationFunction f) {
        PythonBlock block = f.block();
        if (!block.body().isEmpty()) {
            return ArgumentInsertion.indentOf(text, block.body().get(0).start());
        }
        return ArgumentInsertion.indentOf(text, block.header().start()) + "    ";
    }

    private static String eol(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
