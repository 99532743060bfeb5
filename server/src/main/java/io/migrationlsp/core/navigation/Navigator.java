package io.migrationlsp.core.navigation;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.schema.Origin;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.SchemaReplayer;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.workspace.ConstantsModel;
import io.migrationlsp.core.workspace.MigrationEntry;
import io.migrationlsp.core.workspace.TablesPyModel;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Definition, references and hover for the symbol under a cursor in one file, answered from the
 * workspace index: every migration in run order (the open file's current model in its place) and
 * tables.py. Without an index (a file outside any project) the file is read alone.
 */
public final class Navigator {
    private final WorkspaceIndex index;
    private final SourceView current;
    private Map<String, SourceView> views;

    public Navigator(WorkspaceIndex index, SourceView current) {
        this.index = index;
        this.current = current;
    }

    public SourceView current() {
        return current;
    }

    /** The symbol at an offset of the file's own text, or null. */
    public Symbol symbolAt(int sourceOffset) {
        int sql = current.toSql(sourceOffset);
        return sql < 0 ? null : SymbolFinder.at(current.sql(), sql);
    }

    /** Where the symbol is created: each CREATE TABLE or column definition, in the history and tables.py. */
    public List<Location> definitions(Symbol symbol) {
        if (symbol.kind() == Symbol.Kind.PERMISSION) {
            Location member = constantsMember(symbol.permission());
            return member == null ? List.of() : List.of(member);
        }
        List<Location> found = occurrences(symbol, true, false);
        // A rollback / down script re-creates what its migration dropped: that is not where a name comes from.
        List<Location> forward = found.stream().filter(l -> !isReverse(l.path())).toList();
        return forward.isEmpty() ? found : forward;
    }

    private boolean isReverse(String path) {
        MigrationEntry e = index == null ? null : index.entry(path);
        return e != null && e.kind() == MigrationEntry.Kind.REVERSE;
    }

    /** Whether the file belongs to a Postgres profile: tables are shown as written, with their RLS. */
    boolean postgres() {
        return index != null && index.project().profile().dialect() == Dialect.POSTGRES;
    }

    /** Every place the symbol is written; declarations (and a permission's constants.py member) on request. */
    public List<Location> references(Symbol symbol, boolean includeDeclaration) {
        List<Location> out = occurrences(symbol, includeDeclaration, true);
        if (symbol.kind() == Symbol.Kind.PERMISSION && includeDeclaration) {
            Location member = constantsMember(symbol.permission());
            if (member != null) {
                out.add(0, member);
            }
        }
        return out;
    }

    /** Markdown about the symbol at an offset of the file's own text, or null when there is none. */
    public HoverText hover(int sourceOffset) {
        int sqlOffset = current.toSql(sourceOffset);
        Symbol symbol = sqlOffset < 0 ? null : SymbolFinder.at(current.sql(), sqlOffset);
        if (symbol == null) {
            return null;
        }
        String md = switch (symbol.kind()) {
            case TABLE, COLUMN -> new TableHover(this).markdown(symbol, schemaAt(symbol.span().start()));
            case PERMISSION -> new PermissionHover(this).markdown(symbol.permission());
        };
        return new HoverText(md, current.toSource(symbol.span()));
    }

    private List<Location> occurrences(Symbol symbol, boolean declarations, boolean uses) {
        Set<Location> out = new LinkedHashSet<>();
        for (SourceView v : views().values()) {
            for (Occurrence o : Occurrences.of(v.sql())) {
                if ((o.declaration() ? declarations : uses) && o.symbol().sameAs(symbol)) {
                    out.add(new Location(v.path(), v.toSource(o.symbol().span())));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private Location constantsMember(String permission) {
        ConstantsModel constants = index == null ? null : index.constants();
        if (constants == null) {
            return null;
        }
        for (ConstantsModel.Member m : constants.permissions()) {
            if (m.value() != null && m.value().equalsIgnoreCase(permission) && m.valueSpan() != null) {
                return new Location(constants.path(), m.valueSpan());
            }
        }
        return null;
    }

    /** The schema as the history leaves it at a SQL offset of this file, the statement there included. */
    SchemaModel schemaAt(int sqlOffset) {
        boolean history = index != null && !isTablesPy(current.path()) && index.entry(current.path()) != null;
        SchemaModel schema = history ? index.schemaBefore(current.path()).copy() : new SchemaModel();
        SchemaReplayer.applyThrough(schema, current.sql(), sqlOffset);
        return schema;
    }

    /** The schema as the history leaves it just before the statement at a SQL offset of this file. */
    SchemaModel schemaBefore(int sqlOffset) {
        boolean history = index != null && !isTablesPy(current.path()) && index.entry(current.path()) != null;
        SchemaModel schema = history ? index.schemaBefore(current.path()).copy() : new SchemaModel();
        SchemaReplayer.applyBefore(schema, current.sql(), sqlOffset);
        return schema;
    }

    /** The schema the whole history builds, or null without a workspace. */
    SchemaModel finalSchema() {
        return index == null ? null : index.finalSchema();
    }

    TablesPyModel tablesPy() {
        return index == null ? null : index.tablesPy();
    }

    ConstantsModel constants() {
        return index == null ? null : index.constants();
    }

    boolean currentIsTablesPy() {
        return isTablesPy(current.path());
    }

    /** Every file navigation reads, by path: the migrations in run order, then tables.py. */
    Map<String, SourceView> views() {
        if (views == null) {
            Map<String, SourceView> all = new LinkedHashMap<>();
            if (index == null) {
                all.put(current.path(), current);
            } else {
                if (index.entry(current.path()) == null && !isTablesPy(current.path())) {
                    all.put(current.path(), current);
                }
                for (MigrationEntry e : index.migrations()) {
                    if (e.path().equals(current.path())) {
                        all.put(e.path(), current);
                        continue;
                    }
                    SqlFile f = index.file(e.path());
                    if (f != null) {
                        all.put(e.path(), SourceView.of(f));
                    }
                }
                SourceView tp = isTablesPy(current.path()) ? current : SourceView.of(index.tablesPy());
                if (tp != null) {
                    all.put(tp.path(), tp);
                }
            }
            views = all;
        }
        return views;
    }

    /** The lines of a file a location points into (a migration, tables.py or constants.py), or null. */
    public LineMap lines(String path) {
        SourceView v = views().get(path);
        if (v != null) {
            return v.lines();
        }
        ConstantsModel constants = constants();
        return constants != null && constants.path().equals(path) ? new LineMap(constants.text()) : null;
    }

    /** {@code FILE:LINE} of a schema origin, for people to read. */
    String where(Origin origin) {
        if (origin == null) {
            return "";
        }
        String name = origin.path().substring(origin.path().lastIndexOf('/') + 1);
        SourceView v = views().get(origin.path());
        return v == null || origin.span() == null ? name : name + ":" + v.lineOf(origin.span().start());
    }

    private boolean isTablesPy(String path) {
        return index != null && path.equals(index.project().config().tablesPy());
    }
}
