package io.migrationlsp.core.model;

import io.migrationlsp.core.sql.Section;
import io.migrationlsp.core.sql.Statement;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a rule knows about one statement, whichever way it was understood. For
 * {@code IF <cond> <stmt>} the model is that of {@code <stmt>} with {@link #guard()} set; a
 * {@code BEGIN ... END} block is {@link StatementKind#BLOCK} with its statements in {@link #inner()}.
 */
public final class StatementModel {
    StatementKind kind = StatementKind.OTHER;
    final Statement statement;
    final List<Token> tokens;
    QualifiedName target;
    boolean ifExists;
    boolean ifNotExists;
    boolean orReplace;
    Guard guard;
    final List<ColumnDef> columns = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<List<Ident>> primaryKeys = new ArrayList<>();
    final List<Ident> checkedColumns = new ArrayList<>();
    final List<CheckDef> checks = new ArrayList<>();
    final List<List<Ident>> uniqueKeys = new ArrayList<>();
    PolicyDef policy;
    boolean hasWhere;
    final List<AlterAction> alterActions = new ArrayList<>();
    final List<QualifiedName> dropped = new ArrayList<>();
    IndexDef index;
    List<Ident> insertColumns;
    TextSpan insertColumnsSpan;
    final List<List<TextSpan>> insertRows = new ArrayList<>();
    final List<PermissionGrant> grants = new ArrayList<>();
    final List<TableRef> tableRefs = new ArrayList<>();
    final List<StatementModel> inner = new ArrayList<>();
    String objectKind;
    TextSpan headSpan;
    DoContext doContext;

    StatementModel(Statement statement, List<Token> tokens) {
        this.statement = statement;
        this.tokens = tokens;
    }

    public StatementKind kind() { return kind; }
    public Statement statement() { return statement; }
    /** The tokens this model was built from (for a guarded statement, the body's). */
    public List<Token> tokens() { return tokens; }
    public QualifiedName target() { return target; }
    public boolean ifExists() { return ifExists; }
    public boolean ifNotExists() { return ifNotExists; }
    public boolean orReplace() { return orReplace; }
    public Guard guard() { return guard; }
    /** For a statement inside a {@code DO $$ ... $$} body: the conditions and handlers around it; null elsewhere. */
    public DoContext doContext() { return doContext; }
    public List<ColumnDef> columns() { return Collections.unmodifiableList(columns); }
    public List<ForeignKey> foreignKeys() { return Collections.unmodifiableList(foreignKeys); }
    public List<List<Ident>> primaryKeys() { return Collections.unmodifiableList(primaryKeys); }
    /** Columns named inside a {@code CHECK (...)} constraint of this statement. */
    public List<Ident> checkedColumns() { return Collections.unmodifiableList(checkedColumns); }
    /** Every {@code CHECK (...)} of this statement, column and table constraints alike. */
    public List<CheckDef> checks() { return Collections.unmodifiableList(checks); }
    /** Column lists of {@code UNIQUE} constraints (a column's own {@code UNIQUE} gives a list of one). */
    public List<List<Ident>> uniqueKeys() { return Collections.unmodifiableList(uniqueKeys); }
    /** The policy of {@code CREATE POLICY} / {@code DROP POLICY}, or null. */
    public PolicyDef policy() { return policy; }
    /** Whether an {@code UPDATE} or {@code DELETE} has a {@code WHERE} clause (a {@code WHERE CURRENT OF} counts). */
    public boolean hasWhere() { return hasWhere; }
    public List<AlterAction> alterActions() { return Collections.unmodifiableList(alterActions); }
    /** Objects named by a {@code DROP} ({@code TABLE}, {@code INDEX}, and in Postgres any other object kind). */
    public List<QualifiedName> dropped() { return Collections.unmodifiableList(dropped); }
    public IndexDef index() { return index; }
    /** The column list of an {@code INSERT}, or null when it has none. */
    public List<Ident> insertColumns() { return insertColumns; }
    public TextSpan insertColumnsSpan() { return insertColumnsSpan; }
    /** Each {@code VALUES} row as the spans of its values. */
    public List<List<TextSpan>> insertRows() { return Collections.unmodifiableList(insertRows); }
    public List<PermissionGrant> grants() { return Collections.unmodifiableList(grants); }
    public List<TableRef> tableRefs() { return Collections.unmodifiableList(tableRefs); }
    public List<StatementModel> inner() { return Collections.unmodifiableList(inner); }
    /** The word after CREATE/DROP/ALTER ({@code TABLE}, {@code INDEX}, {@code VIEW}...), upper-cased. */
    public String objectKind() { return objectKind; }
    /** The statement's opening words up to its target, e.g. {@code CREATE TABLE x}: where statement-level findings go. */
    public TextSpan headSpan() { return headSpan != null ? headSpan : statement.bodySpan(); }
    public Section section() { return statement.section(); }
    public Set<String> suppressed() { return statement.suppressed(); }

    public ColumnDef column(String name) {
        for (ColumnDef c : columns) {
            if (c.name().is(name)) {
                return c;
            }
        }
        return null;
    }

    /** All column definitions this statement creates, from CREATE TABLE or ALTER TABLE ... ADD. */
    public List<ColumnDef> definedColumns() {
        if (kind == StatementKind.CREATE_TABLE) {
            return columns();
        }
        List<ColumnDef> result = new ArrayList<>();
        for (AlterAction a : alterActions) {
            if (a.kind() == AlterAction.Kind.ADD_COLUMN) {
                result.addAll(a.columns());
            }
        }
        return result;
    }

    /** This model and, for blocks, every model inside it, depth first. */
    public List<StatementModel> flatten() {
        if (inner.isEmpty()) {
            return List.of(this);
        }
        List<StatementModel> all = new ArrayList<>();
        all.add(this);
        for (StatementModel m : inner) {
            all.addAll(m.flatten());
        }
        return all;
    }

    /** Which scope the statement's target lives in. */
    public Scope scope() {
        if (target == null) {
            return Scope.UNKNOWN;
        }
        if (target.isTenant()) {
            return Scope.TENANT;
        }
        if (target.isSchema("PLATFORM")) {
            return Scope.PLATFORM;
        }
        return Scope.UNKNOWN;
    }

    public enum Scope { PLATFORM, TENANT, UNKNOWN }
}
