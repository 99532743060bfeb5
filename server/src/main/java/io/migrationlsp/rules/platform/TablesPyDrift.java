package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.IndexInfo;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant schema tables.py creates equals the one the migrations add up to: same tables, same
 * columns, same types and nullability. A difference means new tenants and old tenants disagree.
 */
public final class TablesPyDrift implements Rule {
    private static final RuleMeta META = new RuleMeta("tables-py-drift", Severity.WARNING, Profile.PLATFORM,
            "tables.py differs from the tenant schema the migrations build");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Applies applies() {
        return Applies.TABLES_PY;
    }

    @Override
    public void check(RuleContext ctx) {
        WorkspaceFacts facts = ctx.workspace().facts();
        if (facts == null || facts.migrations().isEmpty()) {
            return;
        }
        SchemaModel replayed = facts.finalSchema();
        Map<String, StatementModel> created = new HashMap<>();
        for (StatementModel m : ctx.file().models()) {
            if (m.kind() == StatementKind.CREATE_TABLE && m.target() != null && m.target().isTenant()) {
                created.putIfAbsent(m.target().key(), m);
            }
        }
        for (TableInfo t : replayed.tablesIn(SchemaModel.TENANT)) {
            if (!created.containsKey(t.key())) {
                ctx.report(new TextSpan(0, 0), "The migrations create tenant table " + t.name() + " (" + t.origin().path()
                        + ") but tables.py does not: new tenants will miss it.");
            }
        }
        for (StatementModel m : created.values()) {
            TableInfo t = replayed.table(m.target().key());
            if (t == null) {
                ctx.report(m.headSpan(), "tables.py creates " + m.target().table().name()
                        + " but no migration does (or one drops it): existing tenants do not have it.");
                continue;
            }
            TablesPyModel tp = facts.tablesPy();
            TableInfo inTablesPy = tp == null || tp.schema() == null ? null : tp.schema().table(m.target().key());
            compareColumns(ctx, m, t, inTablesPy);
            if (inTablesPy != null) {
                compareIndexes(ctx, m, t, inTablesPy);
            }
        }
    }

    /** Indexes make queries fast for existing tenants; a new tenant without them is slow, one with extra ones differs. */
    private static void compareIndexes(RuleContext ctx, StatementModel create, TableInfo replayed, TableInfo inTablesPy) {
        for (IndexInfo index : replayed.indexes().values()) {
            if (!inTablesPy.indexes().containsKey(index.name().toUpperCase(Locale.ROOT))) {
                ctx.report(create.headSpan(), "The migrations create index " + index.name() + " on " + replayed.name()
                        + " (" + index.origin().path() + ") but tables.py does not: new tenants will not have it.");
            }
        }
        for (StatementModel m : ctx.file().models()) {
            if (m.kind() != StatementKind.CREATE_INDEX || m.target() == null || m.index() == null
                    || m.index().name() == null || !m.target().key().equals(replayed.key())) {
                continue;
            }
            if (!replayed.indexes().containsKey(m.index().name().upper())) {
                ctx.report(m.index().name().span(), "tables.py creates index " + m.index().name().name() + " on "
                        + replayed.name() + " but after the migrations the table has no such index.");
            }
        }
    }

    /** {@code inTablesPy}: the table as all of tables.py leaves it (an ALTER there, itself an error, still adds its column). */
    private static void compareColumns(RuleContext ctx, StatementModel m, TableInfo t, TableInfo inTablesPy) {
        for (ColumnDef c : m.columns()) {
            ColumnInfo replayed = t.column(c.name().name());
            if (replayed == null) {
                ctx.report(c.name().span(), "Column " + c.name().name() + " is in tables.py but no migration adds it to "
                        + t.name() + ".");
                continue;
            }
            String type = c.type() == null ? "" : c.type().display();
            if (!type.equalsIgnoreCase(replayed.type()) && !type.isEmpty() && !replayed.type().isEmpty()) {
                ctx.report(c.type().span(), "Column " + t.name() + "." + c.name().name() + " is " + type + " here but "
                        + replayed.type() + " after the migrations (" + replayed.origin().path() + ").");
            } else if (c.nullability() != replayed.nullability()
                    && (c.nullability() == io.migrationlsp.core.model.Nullability.NOT_NULL || !replayed.nullable())) {
                ctx.report(c.name().span(), "Column " + t.name() + "." + c.name().name() + " is "
                        + (c.nullability() == io.migrationlsp.core.model.Nullability.NOT_NULL ? "NOT NULL" : "nullable")
                        + " here but " + (replayed.nullable() ? "nullable" : "NOT NULL") + " after the migrations.");
            }
        }
        for (ColumnInfo replayed : t.columns().values()) {
            if (m.column(replayed.name()) == null && (inTablesPy == null || inTablesPy.column(replayed.name()) == null)) {
                ctx.report(m.headSpan(), "The migrations add column " + replayed.name() + " to " + t.name() + " ("
                        + replayed.origin().path() + ") but tables.py does not: new tenants will miss it.");
            }
        }
    }
}
