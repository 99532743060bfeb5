package io.migrationlsp.core.completion;

import java.util.ArrayList;
import java.util.List;

/**
 * Column types, the conventions' choices first ({@code NVARCHAR(255)}, {@code DATETIME2},
 * {@code DECIMAL(18,4)}, {@code BIT NOT NULL DEFAULT 0}), then the other types the rules accept.
 * Types the rules flag ({@code FLOAT}, {@code MONEY}, {@code DATETIME}, {@code TEXT}...) are not offered.
 */
final class TypeCandidates {
    private record Type(String text, String doc) {}

    private static final List<Type> TYPES = List.of(
            new Type("NVARCHAR(255)", "Text. The convention: `NVARCHAR` (Unicode) for text, 255 for names and titles."),
            new Type("DATETIME2", "Timestamps. The convention: `DATETIME2`, never `DATETIME` (rule `prefer-datetime2`)."),
            new Type("DECIMAL(18,4)", "Money and percentages. The convention: `DECIMAL(18,4)`, never `FLOAT`, `REAL` or `MONEY` (rule `no-float`)."),
            new Type("BIT NOT NULL DEFAULT 0", "Booleans. The convention: `BIT` with `DEFAULT 0` or `DEFAULT 1` (rule `bit-needs-default`)."),
            new Type("INT", "Whole numbers and foreign keys to an `ID INT` column."),
            new Type("BIGINT", "Whole numbers beyond 2^31."),
            new Type("NVARCHAR(100)", "Short text, e.g. user names in `CREATED_BY` / `UPDATED_BY`."),
            new Type("NVARCHAR(50)", "Codes and statuses, e.g. `STATUS NVARCHAR(50) NOT NULL DEFAULT 'Active'`."),
            new Type("NVARCHAR(MAX)", "Long text: notes, descriptions, JSON."),
            new Type("BIT NOT NULL DEFAULT 1", "Booleans that start true."),
            new Type("DATE", "A calendar date without time."),
            new Type("TIME", "A time of day."),
            new Type("DATETIMEOFFSET", "A timestamp with its time-zone offset."),
            new Type("UNIQUEIDENTIFIER", "A GUID."),
            new Type("SMALLINT", "Small whole numbers."),
            new Type("TINYINT", "Whole numbers 0 to 255."),
            new Type("VARBINARY(MAX)", "Binary data."),
            new Type("VARCHAR(255)", "ASCII-only text such as e-mail addresses; anything else is `NVARCHAR` (rule `prefer-nvarchar`)."));

    /**
     * Postgres types as the Postgres convention documents write them, their choices first;
     * {@code bare} is the type alone, for {@code ALTER COLUMN ... TYPE}, which takes no constraints.
     */
    private record PgType(String text, String bare, boolean convention, String doc) {}

    private static final List<PgType> POSTGRES = List.of(
            new PgType("UUID", "UUID", true, "Identifiers and foreign keys: the documents' tables use `UUID` keys."),
            new PgType("TEXT", "TEXT", true, "Text without a length limit (descriptions, notes)."),
            new PgType("TIMESTAMPTZ NOT NULL DEFAULT NOW()", "TIMESTAMPTZ", true,
                    "Timestamps with time zone, as the documents write `created_at` / `updated_at`."),
            new PgType("VARCHAR(255)", "VARCHAR(255)", true, "Bounded text: names, e-mail addresses, `created_by`."),
            new PgType("INTEGER", "INTEGER", true, "Whole numbers (`version INTEGER NOT NULL DEFAULT 1`)."),
            new PgType("JSONB", "JSONB", true, "JSON documents (`config_json JSONB NOT NULL`)."),
            new PgType("BOOLEAN NOT NULL DEFAULT false", "BOOLEAN", true, "Flags, with their default stated."),
            new PgType("BIGINT", "BIGINT", true, "Whole numbers beyond 2^31."),
            new PgType("NUMERIC(12,2)", "NUMERIC(12,2)", true, "Money and exact decimals, never `REAL` / `DOUBLE PRECISION`."),
            new PgType("UUID PRIMARY KEY DEFAULT gen_random_uuid()", "UUID", true,
                    "The documents' `id` column: a generated UUID primary key."),
            new PgType("TIMESTAMPTZ", "TIMESTAMPTZ", false, "A timestamp with time zone that may be unset."),
            new PgType("VARCHAR(100)", "VARCHAR(100)", false, "Short bounded text (`name VARCHAR(100) NOT NULL`)."),
            new PgType("VARCHAR(50)", "VARCHAR(50)", false, "Codes and statuses."),
            new PgType("DATE", "DATE", false, "A calendar date without time."),
            new PgType("BOOLEAN NOT NULL DEFAULT true", "BOOLEAN", false, "Flags that start true."),
            new PgType("SMALLINT", "SMALLINT", false, "Small whole numbers."),
            new PgType("BYTEA", "BYTEA", false, "Binary data."),
            new PgType("TEXT[]", "TEXT[]", false, "An array of text."),
            new PgType("INET", "INET", false, "An IP address."));

    private TypeCandidates() {}

    /** Postgres types; without {@code defaults} ({@code ALTER COLUMN ... TYPE}) each type alone. */
    static List<Candidate> postgres(CompletionContext ctx) {
        List<Candidate> out = new ArrayList<>();
        for (PgType t : POSTGRES) {
            String text = ctx.defaults() ? t.text() : t.bare();
            if (out.stream().anyMatch(c -> c.label().equals(text))) {
                continue;
            }
            out.add(Candidate.plain(text, Candidate.Kind.TYPE, t.convention() ? "convention" : "type", t.doc(), text,
                    ctx.replace()));
        }
        return out;
    }

    /** Without {@code defaults} (an {@code ALTER COLUMN}) the boolean items are plain {@code BIT NOT NULL}. */
    static List<Candidate> of(CompletionContext ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Type t : TYPES) {
            String text = ctx.defaults() ? t.text() : t.text().replace(" DEFAULT 0", "").replace(" DEFAULT 1", "");
            if (out.stream().anyMatch(c -> c.label().equals(text))) {
                continue;
            }
            boolean convention = out.size() < 4;
            out.add(Candidate.plain(text, Candidate.Kind.TYPE, convention ? "convention" : "type", t.doc(), text,
                    ctx.replace()));
        }
        return out;
    }
}
