package io.migrationlsp.core.navigation;

import io.migrationlsp.core.model.AlterAction;
import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.core.model.StatementKind;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A file's outline: sections → statements (kind and target) → the columns a statement creates. */
public final class Outline {
    private static final int MAX_NAME = 80;

    private Outline() {}

    public static List<OutlineNode> of(SourceView view) {
        Sections sections = Sections.of(view.sql());
        List<OutlineNode> top = new ArrayList<>();
        for (StatementModel m : sections.before) {
            top.add(statement(view, m, m.statement().span()));
        }
        for (Sections.Part part : sections.parts) {
            List<OutlineNode> children = new ArrayList<>();
            for (StatementModel m : part.statements()) {
                children.add(statement(view, m, m.statement().span()));
            }
            top.add(new OutlineNode(Sections.title(part.header()), null, OutlineNode.Kind.SECTION,
                    view.toSource(part.span()), view.toSource(part.header().span()), List.copyOf(children)));
        }
        top.sort(Comparator.comparingInt(n -> n.span().start()));
        return List.copyOf(top);
    }

    private static OutlineNode statement(SourceView view, StatementModel m, TextSpan span) {
        String text = view.sql().text();
        TextSpan head = clip(m.headSpan(), span);
        String name = m.tokens().isEmpty() ? "" : text.substring(head.start(), head.end()).replaceAll("\\s+", " ").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - 1) + "…";
        }
        TextSpan selection = m.target() != null ? clip(m.target().span(), span) : head;
        List<OutlineNode> children = new ArrayList<>();
        for (StatementModel inner : m.inner()) {
            children.add(statement(view, inner, tokenSpan(inner, span)));
        }
        for (ColumnDef c : createdColumns(m)) {
            if (c.name() != null && span.containsSpan(c.span())) {
                children.add(new OutlineNode(c.name().name(), columnDetail(c), OutlineNode.Kind.COLUMN,
                        view.toSource(c.span()), view.toSource(clip(c.name().span(), c.span())), List.of()));
            }
        }
        return new OutlineNode(name.isEmpty() ? m.kind().name() : name, null, kind(m), view.toSource(span),
                view.toSource(selection), List.copyOf(children));
    }

    private static List<ColumnDef> createdColumns(StatementModel m) {
        if (m.kind() == StatementKind.CREATE_TABLE) {
            return m.columns();
        }
        List<ColumnDef> added = new ArrayList<>();
        if (m.kind() == StatementKind.ALTER_TABLE) {
            for (AlterAction a : m.alterActions()) {
                if (a.kind() == AlterAction.Kind.ADD_COLUMN) {
                    added.addAll(a.columns());
                }
            }
        }
        return added;
    }

    private static OutlineNode.Kind kind(StatementModel m) {
        return switch (m.kind()) {
            case CREATE_TABLE -> OutlineNode.Kind.TABLE;
            case CREATE_INDEX -> OutlineNode.Kind.INDEX;
            default -> OutlineNode.Kind.STATEMENT;
        };
    }

    private static String columnDetail(ColumnDef c) {
        String type = c.type() == null ? "computed" : c.type().display();
        return c.nullability() == Nullability.UNSPECIFIED ? type : type + (c.nullability() == Nullability.NULL ? " NULL" : " NOT NULL");
    }

    /** The span of a statement inside a block: its own tokens, within the block. */
    static TextSpan tokenSpan(StatementModel m, TextSpan within) {
        List<Token> tokens = m.tokens();
        if (tokens.isEmpty()) {
            return within;
        }
        return clip(new TextSpan(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()), within);
    }

    static TextSpan clip(TextSpan span, TextSpan within) {
        int start = Math.max(within.start(), Math.min(span.start(), within.end()));
        int end = Math.max(start, Math.min(span.end(), within.end()));
        return new TextSpan(start, end);
    }
}
