package io.migrationlsp.core.model;

import io.migrationlsp.core.text.TextSpan;
import java.util.List;

/** {@code [CONSTRAINT n] [FOREIGN KEY (cols)] REFERENCES t (cols) [ON DELETE x]}; {@code onDelete} is null when absent. */
public record ForeignKey(Ident constraintName, List<Ident> columns, QualifiedName refTable, List<Ident> refColumns,
                         String onDelete, TextSpan span) {}
