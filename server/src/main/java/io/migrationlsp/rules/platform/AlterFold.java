package io.migrationlsp.rules.platform;

import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds an {@code ALTER TABLE} into the {@code CREATE TABLE} of its table earlier in the same SQL:
 * added columns join the column list, an added constraint goes before the closing parenthesis, a
 * dropped column leaves it, an altered column gets the new type and nullability; the ALTER is then
 * deleted. Null when an action has no CREATE TABLE form (renames, dropped constraints, ...) or
 * when two actions touch the same column.
 */
final class AlterFold {
    private final String text;
    private final String nl;
    private final StatementModel create;
    private final List<Edit> edits = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private final StringBuilder addedColumns = new StringBuilder();
    private final StringBuilder addedConstraints = new StringBuilder();

    private AlterFold(String text, StatementModel create) {
        this.text = text;
        this.nl = Texts.newline(text);
        this.create = create;
    }

    static List<Edit> edits(String text, List<StatementModel> models, StatementModel alter) {
        // An ALTER inside a block cannot be deleted on its own.
        StatementModel create = models.contains(alter) ? createBefore(models, alter) : null;
        if (create == null || create.columns().isEmpty() || alter.alterActions().isEmpty()) {
            return null;
        }
        AlterFold fold = new AlterFold(text, create);
        for (AlterAction a : alter.alterActions()) {
            if (!fold.action(a)) {
                return null;
            }
        }
        return fold.finish(alter);
    }

    private static StatementModel createBefore(List<StatementModel> models, StatementModel alter) {
        StatementModel found = null;
        for (StatementModel m : models) {
            if (m.statement().span().start() >= alter.statement().span().start()) {
                break;
            }
            if (m.kind() == StatementKind.CREATE_TABLE && m.guard() == null && m.target() != null
                    && m.target().key().equals(alter.target().key())) {
                found = m;
            }
        }
        return found;
    }

    private boolean action(AlterAction a) {
        String indent = Texts.indentAt(text, last(create.columns()).span().start());
        switch (a.kind()) {
            case ADD_COLUMN -> {
                for (ColumnDef c : a.columns()) {
                    if (create.column(c.name().name()) != null || !touched.add(key(c.name().name()))) {
                        return false;
                    }
                    addedColumns.append(",").append(nl).append(indent).append(oneLine(c.span().of(text)));
                }
                return true;
            }
            case ADD_CONSTRAINT -> {
                TextSpan body = constraintBody(a.span());
                if (body == null) {
                    return false;
                }
                addedConstraints.append(",").append(nl).append(indent).append(oneLine(body.of(text)));
                return true;
            }
            case DROP_COLUMN -> {
                for (var name : a.names()) {
                    ColumnDef c = create.column(name.name());
                    TextSpan removal = c == null ? null : CreateTableEdits.columnRemoval(create, c);
                    if (removal == null || !touched.add(key(name.name()))) {
                        return false;
                    }
                    edits.add(Edit.replace(removal, ""));
                }
                return true;
            }
            case ALTER_COLUMN -> {
                for (ColumnDef changed : a.columns()) {
                    ColumnDef c = create.column(changed.name().name());
                    if (c == null || c.type() == null || changed.type() == null || !touched.add(key(c.name().name()))) {
                        return false;
                    }
                    edits.addAll(CreateTableEdits.retype(text, c, changed.type().span().of(text),
                            changed.nullSpan() == null ? null : changed.nullSpan().of(text)));
                }
                return !a.columns().isEmpty();
            }
            default -> {
                return false;
            }
        }
    }

    private List<Edit> finish(StatementModel alter) {
        if (addedColumns.length() > 0) {
            edits.add(Edit.insert(last(create.columns()).span().end(), addedColumns.toString()));
        }
        if (addedConstraints.length() > 0) {
            Token close = closingParen();
            if (close == null) {
                return null;
            }
            Token lastInside = create.tokens().get(create.tokens().indexOf(close) - 1);
            int at = lastInside.end();
            if (addedColumns.length() > 0 && at == last(create.columns()).span().end()) {
                // Both land after the last column: one insertion, columns first.
                edits.remove(edits.size() - 1);
                edits.add(Edit.insert(at, addedColumns.toString() + addedConstraints));
            } else {
                edits.add(Edit.insert(at, addedConstraints.toString()));
            }
        }
        edits.add(Edit.replace(Texts.statementRemoval(text, alter.statement().span()), ""));
        return List.copyOf(edits);
    }

    /** {@code ADD CONSTRAINT ...} without its ADD. */
    private TextSpan constraintBody(TextSpan action) {
        String s = action.of(text);
        if (!s.toUpperCase(Locale.ROOT).startsWith("ADD")) {
            return action;
        }
        int k = 3;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k == 3 || k >= s.length() ? null : new TextSpan(action.start() + k, action.end());
    }

    private Token closingParen() {
        List<Token> tokens = create.tokens();
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (tokens.get(i).isPunct(")")) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
