package io.migrationlsp.core.alembic;

import io.migrationlsp.core.python.PythonExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code sa.Column(name, type, *constraints, **options)} call as read: its name, type and the
 * options the rules look at. {@code nullable} is null when not written.
 */
public record SaColumn(PythonExpr.Call call, String name, PythonExpr nameArg, PythonExpr type, Boolean nullable,
                       PythonExpr.Arg nullableArg, PythonExpr serverDefault, boolean primaryKey) {

    /** The column a {@code Column(...)} call describes, or null when {@code e} is no such call. */
    public static SaColumn of(PythonExpr e) {
        if (!(e instanceof PythonExpr.Call c) || !c.named("Column")) {
            return null;
        }
        List<PythonExpr> positional = c.positional();
        PythonExpr nameArg = c.keyword("name");
        int next = 0;
        if (nameArg == null && !positional.isEmpty() && positional.get(0) instanceof PythonExpr.Str) {
            nameArg = positional.get(0);
            next = 1;
        }
        PythonExpr type = c.keyword("type_");
        if (type == null && positional.size() > next && !isConstraint(positional.get(next))) {
            type = positional.get(next);
        }
        PythonExpr.Arg nullableArg = c.keywordArg("nullable");
        Boolean nullable = nullableArg == null ? null : PythonExpr.boolValue(nullableArg.value());
        PythonExpr serverDefault = c.keyword("server_default");
        if (PythonExpr.isNone(serverDefault)) {
            serverDefault = null;
        }
        boolean primaryKey = Boolean.TRUE.equals(PythonExpr.boolValue(c.keyword("primary_key")));
        return new SaColumn(c, PythonExpr.stringValue(nameArg), nameArg, type, nullable, nullableArg, serverDefault, primaryKey);
    }

    /** The {@code sa.ForeignKey(...)} calls among its arguments. */
    public List<PythonExpr.Call> foreignKeys() {
        List<PythonExpr.Call> out = new ArrayList<>();
        for (PythonExpr e : call.positional()) {
            if (e instanceof PythonExpr.Call fk && fk.named("ForeignKey")) {
                out.add(fk);
            }
        }
        return out;
    }

    /** The type's simple name ({@code Boolean} for {@code sa.Boolean()}), or null when unknown. */
    public String typeName() {
        return SaColumn.typeName(type);
    }

    static String typeName(PythonExpr type) {
        PythonExpr t = type instanceof PythonExpr.Call c ? c.callee() : type;
        String dotted = t == null ? null : t.dotted();
        if (dotted == null) {
            return null;
        }
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    private static boolean isConstraint(PythonExpr e) {
        return e instanceof PythonExpr.Call c && (c.named("ForeignKey") || c.named("CheckConstraint")
                || c.named("Sequence") || c.named("Identity") || c.named("Computed"));
    }
}
