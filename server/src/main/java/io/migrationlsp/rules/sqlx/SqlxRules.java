package io.migrationlsp.rules.sqlx;

import io.migrationlsp.core.rules.Rule;
import java.util.List;

/** The sqlx profile's rules (convention document 004_cd81ea505ea2eb14), in catalogue order. */
public final class SqlxRules {
    private SqlxRules() {}

    public static final List<Rule> ALL = List.of(
            new FileNameFormat(),
            new DownMigration(),
            new DownReversesUp(),
            new SequenceDuplicate(),
            new SequenceGap(),
            new IdempotentDdl(),
            new EnumCheckConstraint(),
            new FkColumnIndex());
}
