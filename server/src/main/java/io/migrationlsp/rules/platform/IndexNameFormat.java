package io.migrationlsp.rules.platform;

import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.IndexDef;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;

/** Index names say what they index: {@code IDX_<TABLE>_<COLUMN>[_<COLUMN>...]}. */
public final class IndexNameFormat implements Rule {
    private static final RuleMeta META = new RuleMeta("index-name-format", Severity.WARNING, Profile.PLATFORM,
            "index name is not IDX_<TABLE>_<COLUMN>[_<COLUMN>...]");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        for (StatementModel m : ctx.models()) {
            IndexDef index = m.index();
            if (m.kind() != StatementKind.CREATE_INDEX || index == null || index.name() == null || index.table() == null
                    || index.keys().isEmpty() || index.keys().contains(null)) {
                continue;
            }
            String expected = expectedName(index);
            Ident name = index.name();
            if (name.upper().equals(expected)) {
                continue;
            }
            ctx.report(name.span(), "Index " + name.raw() + " should be named " + expected
                            + " (IDX_<TABLE>_<COLUMNS> for " + index.table().table().name() + ").",
                    Fix.of("Rename to " + expected, Edit.replace(name.span(), expected)));
        }
    }

    static String expectedName(IndexDef index) {
        StringBuilder sb = new StringBuilder("IDX_").append(index.table().tableUpper());
        for (Ident key : index.keys()) {
            sb.append('_').append(key.upper());
        }
        return sb.toString();
    }
}
