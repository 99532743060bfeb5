package io.migrationlsp.core.completion;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/**
 * Where the cursor stands, as far as completion cares: what kind of thing belongs there, what the
 * user already typed of it ({@code prefix}) and the span that text occupies ({@code replace}).
 *
 * @param tableKey for {@link Kind#COLUMN}: the table as a schema key ({@code {TENANT}.NAME}, {@code PLATFORM.NAME},
 *                 or a bare name when unqualified); for {@link Kind#TABLE}: the scope ({@code {TENANT}} or {@code PLATFORM})
 * @param entity   for {@link Kind#PERMISSION_ACTION}: the {@code ENTITY} before the dot
 * @param listed   for {@link Kind#COLUMN}: columns the list already names (upper case), not offered again
 * @param defaults for {@link Kind#TYPE}: whether a {@code DEFAULT} may follow the type ({@code ALTER COLUMN} takes none)
 */
public record CompletionContext(Kind kind, String prefix, TextSpan replace, String tableKey, String entity,
                                List<String> listed, boolean defaults) {

    public enum Kind {
        NONE,
        /** Inside the string of {@code PLATFORM.ROLES WHERE NAME = '|'}. */
        ROLE,
        /** Inside a permission string of a role-permission insert, before any dot. */
        PERMISSION_ENTITY,
        /** Inside a permission string after {@code ENTITY.}. */
        PERMISSION_ACTION,
        /** After {@code {schema_name}.} or {@code PLATFORM.}. */
        TABLE,
        /** A column of a known table: {@code DROP COLUMN}, {@code ALTER COLUMN}, index keys and {@code INCLUDE}. */
        COLUMN,
        /** The type of a column definition. */
        TYPE,
        /** Where a new statement may start: statement and section snippets. */
        STATEMENT,
        /** Inside a line comment that may become a section header. */
        HEADER_COMMENT
    }

    public static CompletionContext none() {
        return new CompletionContext(Kind.NONE, "", null, null, null, List.of(), false);
    }

    static CompletionContext of(Kind kind, String prefix, TextSpan replace) {
        return new CompletionContext(kind, prefix, replace, null, null, List.of(), false);
    }

    CompletionContext withTable(String key, List<String> alreadyListed) {
        return new CompletionContext(kind, prefix, replace, key, entity, List.copyOf(alreadyListed), defaults);
    }

    CompletionContext withEntity(String e) {
        return new CompletionContext(kind, prefix, replace, tableKey, e, listed, defaults);
    }

    CompletionContext withDefaults(boolean allowed) {
        return new CompletionContext(kind, prefix, replace, tableKey, entity, listed, allowed);
    }
}
