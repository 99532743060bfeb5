package io.migrationlsp.rules.alembic;

import io.migrationlsp.core.rules.Rule;
import java.util.List;

/** The alembic profile's rules (convention document 003_4b51062927f64ba8), in catalogue order. */
public final class AlembicRules {
    private AlembicRules() {}

    public static final List<Rule> ALL = List.of(new DowngradeRequired(), new NotNullServerDefault(),
            new EnumChangeDataMigration(), new FkOndelete(), new ProtectedField(), new RevisionChain(),
            new DropColumnCheck());
}
