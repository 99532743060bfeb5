package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.schema.IndexInfo;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.rules.postgres.MigrationFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Include indexes in the same migration as the table they reference": Postgres does not index a
 * foreign key's columns, so joins and the parent's deletes scan the child table. An index (or
 * primary key, or unique constraint) whose leading columns are the key's columns covers it.
 */
public final class FkColumnIndex implements Rule {
    private static final RuleMeta META = new RuleMeta("fk-column-index", Severity.INFORMATION, Profile.SQLX,
            "a foreign-key column with no index in the same migration");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (MigrationFile.isReverse(ctx)) {
            return;
        }
        for (StatementModel m : ctx.models()) {
            if ((m.kind() != StatementKind.CREATE_TABLE && m.kind() != StatementKind.ALTER_TABLE) || m.target() == null) {
                continue;
            }
            for (ForeignKey fk : m.foreignKeys()) {
                List<String> columns = names(fk.columns());
                if (columns.isEmpty() || columns.contains(null) || covered(ctx, m, columns)) {
                    continue;
                }
                String table = m.target().table().name().toLowerCase(Locale.ROOT);
                String index = "idx_" + table + "_" + String.join("_", columns);
                String sql = "\nCREATE INDEX IF NOT EXISTS " + index + " ON " + m.target().display() + " ("
                        + String.join(", ", columns) + ");";
                String text = (m.statement().terminator() == null ? ";" : "") + sql;
                ctx.report(fk.span(), "Foreign key column" + (columns.size() > 1 ? "s " : " ") + String.join(", ", columns)
                                + " of " + m.target().display() + " has no index: lookups by " + fk.refTable().table().name()
                                + " and deletes of its rows scan the whole table. Index it in this migration.",
                        Fix.of("Add " + index, Edit.insert(m.statement().span().end(), text)));
            }
        }
    }

    private static boolean covered(RuleContext ctx, StatementModel owner, List<String> columns) {
        String key = MigrationFile.key(owner.target());
        for (StatementModel m : ctx.models()) {
            if (m.target() == null || !MigrationFile.key(m.target()).equals(key)) {
                continue;
            }
            if (m.kind() == StatementKind.CREATE_INDEX && m.index() != null && leads(names(m.index().keys()), columns)) {
                return true;
            }
            for (List<Ident> unique : m.uniqueKeys()) {
                if (leads(names(unique), columns)) {
                    return true;
                }
            }
            for (List<Ident> pk : m.primaryKeys()) {
                if (leads(names(pk), columns)) {
                    return true;
                }
            }
            for (ColumnDef c : m.columns()) {
                if (c.primaryKey() && leads(List.of(c.name().name().toLowerCase(Locale.ROOT)), columns)) {
                    return true;
                }
            }
        }
        WorkspaceFacts facts = MigrationFile.facts(ctx);
        TableInfo before = facts == null ? null : facts.schemaBefore(ctx.file().path()).table(owner.target().key());
        if (before != null) {
            for (IndexInfo i : before.indexes().values()) {
                if (leads(lower(i.keys()), columns)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the index's first columns are exactly the key's columns, in any order. */
    private static boolean leads(List<String> keys, List<String> columns) {
        if (keys.size() < columns.size()) {
            return false;
        }
        List<String> head = keys.subList(0, columns.size());
        return head.containsAll(columns) && columns.containsAll(head);
    }

    private static List<String> names(List<Ident> idents) {
        List<String> out = new ArrayList<>();
        for (Ident i : idents) {
            out.add(i == null ? null : i.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> lower(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n == null ? null : n.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
