package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.ForeignKey;
import io.migrationlsp.core.model.Ident;
import io.migrationlsp.core.model.QualifiedName;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.schema.SchemaChange;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.rules.postgres.MigrationFile;

/** Finds the statement of a migration that made (or removed) what a schema difference is about. */
final class ChangeLocator {
    private ChangeLocator() {}

    /** The span in {@code file} of the statement or action about the change's object, or null when the file has none. */
    static TextSpan locate(SqlFile file, SchemaChange change) {
        String table = fold(change.tableKey());
        TextSpan tableLevel = null;
        for (StatementModel m : file.allModels()) {
            if (m.target() == null || !MigrationFile.key(m.target()).equals(table)) {
                if (m.kind() == StatementKind.DROP_INDEX && change.object() != null && dropsIndex(m, change.object())) {
                    return m.headSpan();
                }
                continue;
            }
            if (change.object() == null) {
                if (m.kind() == StatementKind.CREATE_TABLE || m.kind() == StatementKind.DROP_TABLE) {
                    return m.headSpan();
                }
                TextSpan rls = rlsAction(m, change.action());
                if (rls != null) {
                    return rls;
                }
                tableLevel = tableLevel == null ? m.headSpan() : tableLevel;
                continue;
            }
            TextSpan found = object(m, change.object());
            if (found != null) {
                return found;
            }
        }
        if (change.object() == null) {
            return tableLevel;
        }
        for (StatementModel m : file.allModels()) {
            if ((m.kind() == StatementKind.DROP_TABLE && m.dropped().stream().anyMatch(n -> MigrationFile.key(n).equals(table)))
                    || (m.kind() == StatementKind.CREATE_TABLE && m.target() != null && MigrationFile.key(m.target()).equals(table))) {
                return m.headSpan();
            }
        }
        return null;
    }

    private static TextSpan object(StatementModel m, String object) {
        switch (m.kind()) {
            case CREATE_TABLE -> {
                ColumnDef c = m.column(object);
                if (c != null) {
                    return c.name().span();
                }
                for (ForeignKey fk : m.foreignKeys()) {
                    if (fk.constraintName() != null && fk.constraintName().is(object)) {
                        return fk.span();
                    }
                }
            }
            case ALTER_TABLE -> {
                for (AlterAction a : m.alterActions()) {
                    if (a.names().stream().anyMatch(n -> n.is(object))
                            || a.columns().stream().anyMatch(c -> c.name().is(object))
                            || (a.foreignKey() != null && a.foreignKey().constraintName() != null
                                && a.foreignKey().constraintName().is(object))) {
                        return a.span();
                    }
                }
            }
            case CREATE_INDEX -> {
                if (m.index() != null && m.index().name() != null && m.index().name().is(object)) {
                    return m.headSpan();
                }
            }
            default -> {
                if (m.policy() != null && m.policy().name().is(object)) {
                    return m.headSpan();
                }
            }
        }
        return null;
    }

    private static TextSpan rlsAction(StatementModel m, SchemaChange.Action action) {
        for (AlterAction a : m.kind() == StatementKind.ALTER_TABLE ? m.alterActions() : java.util.List.<AlterAction>of()) {
            boolean enable = a.kind() == AlterAction.Kind.ENABLE_RLS || a.kind() == AlterAction.Kind.DISABLE_RLS;
            boolean force = a.kind() == AlterAction.Kind.FORCE_RLS || a.kind() == AlterAction.Kind.NO_FORCE_RLS;
            boolean wantEnable = action == SchemaChange.Action.ENABLE_RLS || action == SchemaChange.Action.DISABLE_RLS;
            boolean wantForce = action == SchemaChange.Action.FORCE_RLS || action == SchemaChange.Action.NO_FORCE_RLS;
            if ((enable && wantEnable) || (force && wantForce)) {
                return a.span();
            }
        }
        return null;
    }

    private static boolean dropsIndex(StatementModel m, String index) {
        for (QualifiedName n : m.dropped()) {
            Ident last = n.table();
            if (last.is(index)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String key) {
        return key.startsWith("PUBLIC.") ? key.substring(6) : key;
    }
}
