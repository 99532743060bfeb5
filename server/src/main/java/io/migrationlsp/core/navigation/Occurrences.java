package io.migrationlsp.core.navigation;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.PermissionGrant;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.model.TableRef;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every table, column and permission a statement names, read from the statement model (never from
 * the text again): targets, table references, foreign keys, column definitions and lists, index
 * keys, insert columns and granted permissions.
 */
public final class Occurrences {
    /** Kinds whose target is a table (a view's or a routine's target is not). */
    private static final Set<StatementKind> TABLE_TARGETS = Set.of(StatementKind.CREATE_TABLE, StatementKind.ALTER_TABLE,
            StatementKind.DROP_TABLE, StatementKind.CREATE_INDEX, StatementKind.DROP_INDEX, StatementKind.INSERT,
            StatementKind.UPDATE, StatementKind.DELETE, StatementKind.MERGE, StatementKind.TRUNCATE, StatementKind.SELECT);

    private final List<Occurrence> found = new ArrayList<>();
    private final Set<TextSpan> seen = new HashSet<>();

    private Occurrences() {}

    public static List<Occurrence> of(SqlFile file) {
        Occurrences o = new Occurrences();
        for (StatementModel m : file.allModels()) {
            o.statement(m);
        }
        return o.found;
    }

    /** The occurrences of one top-level statement (and the statements inside it). */
    public static List<Occurrence> of(StatementModel top) {
        Occurrences o = new Occurrences();
        for (StatementModel m : top.flatten()) {
            o.statement(m);
        }
        return o.found;
    }

    private void statement(StatementModel m) {
        QualifiedName target = m.target() != null && !m.target().isTempOrVariable() && TABLE_TARGETS.contains(m.kind())
                ? m.target() : null;
        if (target != null) {
            table(target, m.kind() == StatementKind.CREATE_TABLE);
        }
        if (m.kind() == StatementKind.DROP_TABLE) {
            m.dropped().forEach(n -> table(n, false));
        }
        for (TableRef r : m.tableRefs()) {
            table(r.name(), false);
        }
        if (target != null) {
            targetColumns(m, target);
        }
        for (PermissionGrant g : m.grants()) {
            if (g.permissionSpan() != null && seen.add(g.permissionSpan())) {
                found.add(new Occurrence(Symbol.permission(g.permission(), g.permissionSpan()), false));
            }
        }
    }

    private void targetColumns(StatementModel m, QualifiedName target) {
        switch (m.kind()) {
            case CREATE_TABLE -> {
                for (ColumnDef c : m.columns()) {
                    definition(target, c);
                }
                m.primaryKeys().forEach(pk -> columns(target, pk));
                m.foreignKeys().forEach(fk -> foreignKey(target, fk));
                columns(target, m.checkedColumns());
            }
            case ALTER_TABLE -> {
                for (AlterAction a : m.alterActions()) {
                    switch (a.kind()) {
                        case ADD_COLUMN -> a.columns().forEach(c -> definition(target, c));
                        case ALTER_COLUMN -> a.columns().forEach(c -> column(target, c.name(), false));
                        case DROP_COLUMN -> columns(target, a.names());
                        case ADD_CONSTRAINT -> {
                            if (a.foreignKey() != null) {
                                foreignKey(target, a.foreignKey());
                            }
                        }
                        default -> { }
                    }
                }
            }
            case CREATE_INDEX -> {
                if (m.index() != null) {
                    columns(target, m.index().keys());
                    columns(target, m.index().include());
                }
            }
            case INSERT -> {
                if (m.insertColumns() != null) {
                    columns(target, m.insertColumns());
                }
            }
            default -> { }
        }
    }

    private void definition(QualifiedName target, ColumnDef c) {
        column(target, c.name(), true);
        if (c.references() != null) {
            foreignKey(target, c.references());
        }
    }

    private void foreignKey(QualifiedName owner, ForeignKey fk) {
        columns(owner, fk.columns());
        if (fk.refTable() != null && !fk.refTable().isTempOrVariable()) {
            table(fk.refTable(), false);
            columns(fk.refTable(), fk.refColumns());
        }
    }

    private void table(QualifiedName name, boolean declaration) {
        if (name != null && !name.isTempOrVariable() && seen.add(name.span())) {
            found.add(new Occurrence(Symbol.table(name), declaration));
        }
    }

    private void columns(QualifiedName table, List<Ident> idents) {
        for (Ident i : idents) {
            column(table, i, false);
        }
    }

    private void column(QualifiedName table, Ident ident, boolean declaration) {
        if (ident != null && ident.span() != null && seen.add(ident.span())) {
            found.add(new Occurrence(Symbol.column(table, ident), declaration));
        }
    }
}
