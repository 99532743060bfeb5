package io.migrationlsp.core.text;

/** The SQL dialect decides a few lexical and splitting rules. */
public enum Dialect {
    /** SQL Server: {@code [ident]}, {@code GO} batches, bodies of procedures run to the batch end. */
    TSQL,
    /** PostgreSQL: {@code $$} bodies, {@code ::} casts, {@code [} is array subscript. */
    POSTGRES
}
