package io.migrationlsp.rules.platform;

import io.migrationlsp.core.model.ColumnDef;
import io.migrationlsp.core.model.StatementModel;
import io.migrationlsp.core.rules.Edit;
import io.migrationlsp.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** Minimal edits to a column of a {@code CREATE TABLE}: remove it, or give it another type and nullability. */
final class CreateTableEdits {
    private CreateTableEdits() {}

    /** The column and the comma that joins it to its neighbour; null when it is the only column. */
    static TextSpan columnRemoval(StatementModel create, ColumnDef c) {
        List<ColumnDef> columns = create.columns();
        int i = columns.indexOf(c);
        if (i < 0 || columns.size() < 2) {
            return null;
        }
        if (i > 0) {
            return new TextSpan(columns.get(i - 1).span().end(), c.span().end());
        }
        return new TextSpan(c.span().start(), columns.get(1).span().start());
    }

    /**
     * Edits (in the CREATE's text) giving column {@code c} the type {@code type} and nullability
     * {@code nullText} ({@code NULL} / {@code NOT NULL}). As in T-SQL's ALTER COLUMN, none stated
     * ({@code nullText} null) means nullable, so a written {@code NOT NULL} goes.
     */
    static List<Edit> retype(String text, ColumnDef c, String type, String nullText) {
        List<Edit> edits = new ArrayList<>();
        if (c.nullSpan() == null) {
            edits.add(Edit.replace(c.type().span(), nullText == null ? type : type + " " + nullText));
            return edits;
        }
        edits.add(Edit.replace(c.type().span(), type));
        if (nullText != null) {
            edits.add(Edit.replace(c.nullSpan(), nullText));
        } else {
            int start = c.nullSpan().start();
            while (start > c.type().span().end() && Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            edits.add(Edit.replace(new TextSpan(start, c.nullSpan().end()), ""));
        }
        return edits;
    }
}
