package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.text.TextSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A referenced (parent) table is created before the table whose foreign key points at it. */
public final class FkCreationOrder implements Rule {
    private static final RuleMeta META = new RuleMeta("fk-creation-order", Severity.ERROR, Profile.PLATFORM,
            "CREATE TABLE references a table this file creates later");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        List<StatementModel> models = ctx.file().models();
        Map<String, Integer> createdAt = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            StatementModel m = models.get(i);
            if (m.kind() == StatementKind.CREATE_TABLE && m.target() != null) {
                createdAt.putIfAbsent(m.target().key(), i);
            }
        }
        for (int i = 0; i < models.size(); i++) {
            StatementModel m = models.get(i);
            if (m.kind() != StatementKind.CREATE_TABLE || m.target() == null) {
                continue;
            }
            for (ForeignKey fk : m.foreignKeys()) {
                Integer parentIndex = createdAt.get(fk.refTable().key());
                if (parentIndex == null || parentIndex <= i || fk.refTable().key().equals(m.target().key())) {
                    continue;
                }
                StatementModel parent = models.get(parentIndex);
                ctx.report(fk.refTable().span(), m.target().table().raw() + " references " + fk.refTable().table().raw()
                                + ", which this file creates later: the CREATE TABLE fails. Create the parent table first.",
                        Fix.of("Move CREATE TABLE " + fk.refTable().table().raw() + " before " + m.target().table().raw(),
                                moveBefore(ctx.text(), parent.statement().span(), m.statement().span())));
            }
        }
    }

    /** One edit per move would overlap; a single edit spanning both statements keeps the fix atomic and minimal. */
    private static Edit moveBefore(String text, TextSpan moved, TextSpan before) {
        TextSpan movedLines = Texts.fullLines(text, moved);
        int insertAt = Texts.lineStart(text, before.start());
        String block = text.substring(movedLines.start(), movedLines.end());
        if (!block.endsWith("\n")) {
            block = block + Texts.newline(text);
        }
        String between = text.substring(insertAt, movedLines.start());
        return Edit.replace(new TextSpan(insertAt, movedLines.end()), block + between);
    }
}
