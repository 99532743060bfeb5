package io.migrationlsp.rules.postgresrls;

import io.migrationlsp.core.rules.Rule;
import java.util.List;

/** The postgres-rls profile's rules (convention document 001_72cec5a87758ccf0), in catalogue order. */
public final class PostgresRlsRules {
    private PostgresRlsRules() {}

    public static final List<Rule> ALL = List.of(
            new FileNameFormat(),
            new SequenceDuplicate(),
            new SequenceGap(),
            new RollbackScript(),
            new MigrationHeader(),
            new TenantIdColumn(),
            new RlsRequired(),
            new FkOnDelete(),
            new IndexConcurrently(),
            new DangerousOperation(),
            new NewColumnNullable());
}
