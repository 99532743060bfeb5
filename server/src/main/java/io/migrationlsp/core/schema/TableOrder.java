package io.migrationlsp.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders tables so every table comes after the tables its foreign keys reference (cycles keep their order). */
public final class TableOrder {
    private TableOrder() {}

    public static List<TableInfo> parentsFirst(List<TableInfo> tables) {
        Map<String, TableInfo> byKey = new LinkedHashMap<>();
        tables.forEach(t -> byKey.put(t.key(), t));
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (TableInfo t : tables) {
            visit(t, byKey, placed, visiting);
        }
        List<TableInfo> result = new ArrayList<>();
        placed.forEach(k -> result.add(byKey.get(k)));
        return result;
    }

    private static void visit(TableInfo t, Map<String, TableInfo> byKey, Set<String> placed, Set<String> visiting) {
        if (placed.contains(t.key()) || !visiting.add(t.key())) {
            return;
        }
        for (ForeignKeyInfo fk : t.foreignKeys()) {
            TableInfo parent = byKey.get(fk.refTable());
            if (parent != null && !parent.key().equals(t.key())) {
                visit(parent, byKey, placed, visiting);
            }
        }
        visiting.remove(t.key());
        placed.add(t.key());
    }
}
