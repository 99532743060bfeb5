package io.migrationlsp.rules.platform;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.analysis.WorkspaceFacts;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.config.Severity;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.rules.Fix;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.rules.RuleContext;
import io.migrationlsp.core.rules.RuleMeta;
import io.migrationlsp.core.schema.ColumnInfo;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every tenant table, column and index a migration creates or changes is reflected in
 * {@code app/tenant/tables.py}: new tenants are provisioned from it, and a table missing there is
 * missing for them, silently (the convention's "#1 migration mistake").
 */
public final class TablesPySync implements Rule {
    private static final RuleMeta META = new RuleMeta("tables-py-sync", Severity.ERROR, Profile.PLATFORM,
            "tenant table, column or index change not reflected in app/tenant/tables.py");

    @Override
    public boolean needsWorkspace() {
        return true;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        WorkspaceFacts facts = History.facts(ctx);
        if (facts == null || facts.entry(ctx.file().path()).kind() != MigrationEntry.Kind.ROOT) {
            return;
        }
        TablesPyModel tp = facts.tablesPy();
        if (tp == null || tp.sql() == null) {
            return;
        }
        // What a later migration undoes (a dropped index, a dropped column) is not owed to tables.py: each
        // candidate is checked against its table as the whole history leaves it, asked only when tables.py differs.
        Map<String, Optional<TableInfo>> finalTables = new HashMap<>();
        Function<String, TableInfo> survives = key -> finalTables
                .computeIfAbsent(key, k -> Optional.ofNullable(facts.finalTable(ctx.file().path(), k))).orElse(null);
        for (StatementModel m : ctx.models()) {
            boolean tenant = m.scope() == StatementModel.Scope.TENANT || m.kind() == StatementKind.DROP_TABLE
                    || m.kind() == StatementKind.DROP_INDEX;
            if (!tenant || reflected(tp, m)) {
                continue;
            }
            switch (m.kind()) {
                case CREATE_TABLE -> {
                    if (survives.apply(m.target().key()) != null) {
                        createTable(ctx, tp, m);
                    }
                }
                case ALTER_TABLE -> alterTable(ctx, tp, m, survives);
                case CREATE_INDEX -> {
                    TableInfo t = survives.apply(m.target().key());
                    if (t != null && m.index() != null && m.index().name() != null && t.indexes().containsKey(m.index().name().upper())) {
                        createIndex(ctx, tp, m);
                    }
                }
                case DROP_TABLE -> dropTable(ctx, tp, m, survives);
                case DROP_INDEX -> dropIndex(ctx, tp, m, survives);
                default -> { }
            }
        }
    }

    /** True when tables.py already says what the statement does, so there is nothing to report. */
    private static boolean reflected(TablesPyModel tp, StatementModel m) {
        SchemaModel py = tp.schema();
        TableInfo t = m.target() == null ? null : py.table(m.target().key());
        return switch (m.kind()) {
            case CREATE_TABLE -> t != null;
            case CREATE_INDEX -> t != null && (m.index() == null || m.index().name() == null
                    || t.indexes().containsKey(m.index().name().upper()));
            case DROP_TABLE -> m.dropped().stream().noneMatch(n -> n.isTenant() && py.table(n.key()) != null);
            case DROP_INDEX -> m.dropped().stream().allMatch(n -> tablesWithIndex(py, m, n.table().upper()).isEmpty());
            case ALTER_TABLE -> t != null && m.alterActions().stream().allMatch(a -> switch (a.kind()) {
                case ADD_COLUMN -> a.columns().stream().allMatch(c -> t.column(c.name().name()) != null);
                case DROP_COLUMN -> a.names().stream().allMatch(n -> t.column(n.name()) == null);
                case ALTER_COLUMN -> a.columns().stream().allMatch(c -> c.type() == null || t.column(c.name().name()) == null
                        || t.column(c.name().name()).type().equalsIgnoreCase(c.type().display()));
                default -> true;
            });
            default -> true;
        };
    }

    private static void createTable(RuleContext ctx, TablesPyModel tp, StatementModel m) {
        if (tp.schema().table(m.target().key()) != null) {
            return;
        }
        int after = afterReferencedTables(tp, m);
        Edit add = insertIntoTablesPy(ctx, tp, after, "\n\n" + body(ctx, m));
        ctx.report(m.headSpan(), "Tenant table " + m.target().table().name() + " is not in " + tp.path()
                        + ": new tenants will be provisioned without it. Add its CREATE TABLE to get_tenant_tables_sql().",
                Fix.of("Add CREATE TABLE " + m.target().table().name() + " to " + tp.path(), add));
    }

    private static void alterTable(RuleContext ctx, TablesPyModel tp, StatementModel m, Function<String, TableInfo> survives) {
        TableInfo t = tp.schema().table(m.target().key());
        TableInfo finalTable = survives.apply(m.target().key());
        String table = m.target().table().name();
        if (finalTable == null) {
            return;
        }
        if (t == null) {
            ctx.report(m.headSpan(), "Tenant table " + table + " is changed here but " + tp.path()
                    + " does not create it: new tenants will miss the table.");
            return;
        }
        StatementModel pyCreate = createIn(tp.sql(), m.target().key());
        for (AlterAction a : m.alterActions()) {
            switch (a.kind()) {
                case ADD_COLUMN -> {
                    for (ColumnDef c : a.columns()) {
                        if (t.column(c.name().name()) == null && finalTable.column(c.name().name()) != null) {
                            List<Fix> fixes = pyCreate == null || pyCreate.columns().isEmpty() ? List.of()
                                    : List.of(Fix.of("Add " + c.name().name() + " to " + table + " in " + tp.path(), addColumn(ctx, tp, pyCreate, c)));
                            ctx.report(c.name().span(), "Column " + table + "." + c.name().name() + " is not in " + tp.path()
                                    + ": add it to the CREATE TABLE there (not as an ALTER).", fixes);
                        }
                    }
                }
                case DROP_COLUMN -> {
                    for (Ident n : a.names()) {
                        if (t.column(n.name()) != null && finalTable.column(n.name()) == null) {
                            ColumnDef py = pyCreate == null ? null : pyCreate.column(n.name());
                            TextSpan removal = py == null ? null : CreateTableEdits.columnRemoval(pyCreate, py);
                            List<Fix> fixes = removal == null ? List.of() : List.of(Fix.of("Remove " + n.name() + " from " + table
                                    + " in " + tp.path(), new Edit(tp.path(), tp.toPython().apply(removal), "")));
                            ctx.report(n.span(), tp.path() + " still creates " + table + "." + n.name()
                                    + ": remove it from the CREATE TABLE there too.", fixes);
                        }
                    }
                }
                case ALTER_COLUMN -> {
                    for (ColumnDef c : a.columns()) {
                        ColumnInfo py = t.column(c.name().name());
                        ColumnInfo last = finalTable.column(c.name().name());
                        if (py != null && c.type() != null && !py.type().equalsIgnoreCase(c.type().display())
                                && last != null && last.type().equalsIgnoreCase(c.type().display())) {
                            ColumnDef pyColumn = pyCreate == null ? null : pyCreate.column(c.name().name());
                            List<Fix> fixes = pyColumn == null || pyColumn.type() == null ? List.of()
                                    : List.of(new Fix("Make " + c.name().name() + " " + c.type().display() + " in " + tp.path(),
                                            retypeInTablesPy(ctx, tp, pyColumn, c), null, true));
                            ctx.report(c.name().span(), table + "." + c.name().name() + " becomes " + c.type().display() + " here but "
                                    + tp.path() + " still creates it as " + py.type() + ".", fixes);
                        }
                    }
                }
                default -> { }
            }
        }
    }

    private static void createIndex(RuleContext ctx, TablesPyModel tp, StatementModel m) {
        if (m.index() == null || m.index().name() == null || m.target() == null) {
            return;
        }
        TableInfo t = tp.schema().table(m.target().key());
        if (t == null || t.indexes().containsKey(m.index().name().upper())) {
            return;
        }
        int after = lastStatementOn(tp.sql(), m.target().key());
        List<Fix> fixes = after < 0 ? List.of()
                : List.of(Fix.of("Add index " + m.index().name().name() + " to " + tp.path(), insertIntoTablesPy(ctx, tp, after, "\n" + body(ctx, m))));
        ctx.report(m.index().name().span(), "Index " + m.index().name().name() + " is not in " + tp.path()
                + ": new tenants get the table without it.", fixes);
    }

    private static void dropTable(RuleContext ctx, TablesPyModel tp, StatementModel m, Function<String, TableInfo> survives) {
        for (QualifiedName n : m.dropped()) {
            if (n.isTenant() && tp.schema().table(n.key()) != null && survives.apply(n.key()) == null) {
                List<Edit> removals = new ArrayList<>();
                for (StatementModel s : tp.sql().models()) {
                    if (s.target() != null && s.target().key().equals(n.key())) {
                        removals.add(removeFromTablesPy(tp, s));
                    }
                }
                ctx.report(n.span(), tp.path() + " still creates " + n.table().name() + ": remove its CREATE TABLE there too.",
                        new Fix("Remove " + n.table().name() + " from " + tp.path(), List.copyOf(removals), null, true));
            }
        }
    }

    /**
     * An index dropped for good (no later migration creates it again) that tables.py still creates:
     * new tenants would get an index existing tenants no longer have.
     */
    private static void dropIndex(RuleContext ctx, TablesPyModel tp, StatementModel m, Function<String, TableInfo> survives) {
        for (QualifiedName n : m.dropped()) {
            String index = n.table().upper();
            for (TableInfo t : tablesWithIndex(tp.schema(), m, index)) {
                TableInfo last = survives.apply(t.key());
                if (last == null || last.indexes().containsKey(index)) {
                    continue;
                }
                StatementModel pyCreate = createIndexIn(tp.sql(), t.key(), index);
                List<Fix> fixes = pyCreate == null ? List.of()
                        : List.of(Fix.of("Remove index " + n.table().name() + " from " + tp.path(), removeFromTablesPy(tp, pyCreate)));
                ctx.report(n.span(), tp.path() + " still creates index " + n.table().name() + " on " + t.name()
                        + ": remove it there too, or new tenants get an index the others no longer have.", fixes);
            }
        }
    }

    /** The tenant tables of {@code schema} holding the index: the one named after ON, or any (T-SQL's old DROP INDEX T.I form aside). */
    private static List<TableInfo> tablesWithIndex(SchemaModel schema, StatementModel m, String index) {
        if (m.target() != null && !m.dropped().isEmpty() && m.target() != m.dropped().get(0)) {
            TableInfo t = schema.table(m.target().key());
            return t != null && t.indexes().containsKey(index) ? List.of(t) : List.of();
        }
        return schema.tablesIn(SchemaModel.TENANT).stream().filter(t -> t.indexes().containsKey(index)).toList();
    }

    private static StatementModel createIndexIn(SqlFile sql, String tableKey, String index) {
        for (StatementModel s : sql.models()) {
            if (s.kind() == StatementKind.CREATE_INDEX && s.target() != null && s.target().key().equals(tableKey)
                    && s.index() != null && s.index().name() != null && s.index().name().upper().equals(index)) {
                return s;
            }
        }
        return null;
    }

    /** Deletes a statement's whole lines from the SQL inside tables.py. */
    private static Edit removeFromTablesPy(TablesPyModel tp, StatementModel s) {
        TextSpan lines = Texts.statementRemoval(tp.sql().text(), s.statement().span());
        return new Edit(tp.path(), tp.toPython().apply(lines), "");
    }

    /** The statement without an IF guard, ending in ';'. */
    private static String body(RuleContext ctx, StatementModel m) {
        List<Token> tokens = m.tokens();
        String text = ctx.text().substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        return text.endsWith(";") ? text : text + ";";
    }

    /** SQL offset in tables.py after the last CREATE TABLE this table references (or the end of the SQL). */
    private static int afterReferencedTables(TablesPyModel tp, StatementModel m) {
        int after = -1;
        for (ForeignKey fk : m.foreignKeys()) {
            StatementModel parent = createIn(tp.sql(), fk.refTable().key());
            if (parent != null) {
                after = Math.max(after, parent.statement().span().end());
            }
        }
        if (after >= 0) {
            return after;
        }
        List<StatementModel> all = tp.sql().models();
        return all.isEmpty() ? tp.sql().text().length() : all.get(all.size() - 1).statement().span().end();
    }

    private static int lastStatementOn(SqlFile sql, String tableKey) {
        int after = -1;
        for (StatementModel s : sql.modelsOn(tableKey)) {
            after = Math.max(after, s.statement().span().end());
        }
        return after;
    }

    private static StatementModel createIn(SqlFile sql, String tableKey) {
        for (StatementModel s : sql.modelsOn(tableKey)) {
            if (s.kind() == StatementKind.CREATE_TABLE) {
                return s;
            }
        }
        return null;
    }

    private static Edit addColumn(RuleContext ctx, TablesPyModel tp, StatementModel pyCreate, ColumnDef c) {
        ColumnDef last = pyCreate.columns().get(pyCreate.columns().size() - 1);
        String sql = tp.sql().text();
        String indent = Texts.indentAt(sql, last.span().start());
        String definition = ctx.text().substring(c.span().start(), c.span().end());
        return insertIntoTablesPy(ctx, tp, last.span().end(), ",\n" + indent + definition);
    }

    /** The migration's type and nullability for a column of tables.py, edited in the Python file. */
    private static List<Edit> retypeInTablesPy(RuleContext ctx, TablesPyModel tp, ColumnDef pyColumn, ColumnDef changed) {
        String type = changed.type().span().of(ctx.text());
        String nullText = changed.nullSpan() == null ? null : changed.nullSpan().of(ctx.text());
        List<Edit> edits = new ArrayList<>();
        for (Edit e : CreateTableEdits.retype(tp.sql().text(), pyColumn, type, nullText)) {
            TextSpan span = tp.toPython().apply(e.span());
            edits.add(new Edit(tp.path(), span, e.newText().isEmpty() ? "" : tp.encodeAt(span.start(), e.newText())));
        }
        return List.copyOf(edits);
    }

    private static Edit insertIntoTablesPy(RuleContext ctx, TablesPyModel tp, int sqlOffset, String sqlText) {
        int at = tp.insertionOffset().applyAsInt(sqlOffset);
        return new Edit(tp.path(), new TextSpan(at, at), tp.encodeAt(at, sqlText));
    }
}
