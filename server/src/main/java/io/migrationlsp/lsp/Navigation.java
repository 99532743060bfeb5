package io.migrationlsp.lsp;

import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.navigation.Fold;
import io.migrationlsp.core.navigation.Folding;
import io.migrationlsp.core.navigation.HoverText;
import io.migrationlsp.core.navigation.Navigator;
import io.migrationlsp.core.navigation.Outline;
import io.migrationlsp.core.navigation.OutlineNode;
import io.migrationlsp.core.navigation.SourceView;
import io.migrationlsp.core.navigation.Symbol;
import io.migrationlsp.core.text.LineMap;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.TablesPyModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;

/** Definition, references, document symbols and folding: core navigation answers in LSP positions and types. */
final class Navigation {
    private Navigation() {}

    /** The navigator for a document, or null when it holds no SQL (not SQL, or tables.py without readable SQL). */
    static Navigator navigator(Analysis a) {
        Document doc = a.document();
        Projects.Loaded loaded = a.project();
        if (loaded.isTablesPy(doc.path())) {
            TablesPyModel tp = loaded.index().tablesPy();
            // The index reads the open buffer; a different text means it has not caught up with this version.
            boolean current = tp != null && tp.sql() != null && tp.pythonText().equals(doc.text());
            return current ? new Navigator(loaded.index(), SourceView.of(tp)) : null;
        }
        SqlFile file = a.result() == null ? null : a.result().file();
        if (file == null || !doc.isSql()) {
            return null;
        }
        String rel = doc.path() != null ? loaded.relative(doc.path()) : null;
        return new Navigator(rel != null ? loaded.index() : null, SourceView.of(file));
    }

    static HoverText hover(Analysis a, int offset) {
        Navigator nav = navigator(a);
        return nav == null ? null : nav.hover(offset);
    }

    static List<Location> definition(Analysis a, Position position, ClientFeatures features) {
        Navigator nav = navigator(a);
        Symbol s = nav == null ? null : nav.symbolAt(Conversions.offset(a.document().lines(), position, features.encoding()));
        return s == null ? List.of() : locations(a, nav, nav.definitions(s), features);
    }

    static List<Location> references(Analysis a, Position position, boolean includeDeclaration, ClientFeatures features) {
        Navigator nav = navigator(a);
        Symbol s = nav == null ? null : nav.symbolAt(Conversions.offset(a.document().lines(), position, features.encoding()));
        return s == null ? List.of() : locations(a, nav, nav.references(s, includeDeclaration), features);
    }

    static List<DocumentSymbol> symbols(Analysis a, ClientFeatures features) {
        Navigator nav = navigator(a);
        if (nav == null) {
            return List.of();
        }
        List<DocumentSymbol> out = new ArrayList<>();
        for (OutlineNode n : Outline.of(nav.current())) {
            out.add(symbol(n, a.document().lines(), features));
        }
        return out;
    }

    static List<FoldingRange> folds(Analysis a) {
        Navigator nav = navigator(a);
        if (nav == null) {
            return List.of();
        }
        LineMap lines = a.document().lines();
        List<FoldingRange> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Fold f : Folding.of(nav.current())) {
            TextSpan span = f.span();
            int start = lines.lineOf(span.start());
            int end = lines.lineOf(Math.max(span.start(), span.end() - 1));
            if (end <= start || !seen.add(((long) start << 32) | end)) {
                continue;
            }
            FoldingRange r = new FoldingRange(start, end);
            switch (f.kind()) {
                case SECTION -> r.setKind(FoldingRangeKind.Region);
                case COMMENT -> r.setKind(FoldingRangeKind.Comment);
                case STATEMENT -> { }
            }
            out.add(r);
        }
        return out;
    }

    private static DocumentSymbol symbol(OutlineNode n, LineMap lines, ClientFeatures features) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (OutlineNode c : n.children()) {
            children.add(symbol(c, lines, features));
        }
        return new DocumentSymbol(n.name(), kind(n.kind()), Conversions.range(lines, n.span(), features.encoding()),
                Conversions.range(lines, n.selection(), features.encoding()), n.detail(), children);
    }

    private static SymbolKind kind(OutlineNode.Kind k) {
        return switch (k) {
            case SECTION -> SymbolKind.Namespace;
            case TABLE -> SymbolKind.Struct;
            case INDEX -> SymbolKind.Key;
            case STATEMENT -> SymbolKind.Event;
            case COLUMN -> SymbolKind.Field;
        };
    }

    private static List<Location> locations(Analysis a, Navigator nav, List<io.migrationlsp.core.navigation.Location> found,
                                            ClientFeatures features) {
        Document doc = a.document();
        List<Location> out = new ArrayList<>();
        for (io.migrationlsp.core.navigation.Location l : found) {
            boolean here = l.path().equals(nav.current().path());
            LineMap lines = here ? doc.lines() : nav.lines(l.path());
            if (lines == null) {
                continue;
            }
            String uri = here ? doc.uri() : Uris.fromPath(a.project().project().resolve(l.path()));
            out.add(new Location(uri, Conversions.range(lines, l.span(), features.encoding())));
        }
        return out;
    }
}
