package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/** {@code CREATE INDEX name ON table (keys) INCLUDE (include)}; key entries are null for expressions. */
public record IndexDef(Ident name, QualifiedName table, List<Ident> keys, List<Ident> include, boolean unique,
                       boolean concurrently, boolean ifNotExists, TextSpan keysSpan) {}
