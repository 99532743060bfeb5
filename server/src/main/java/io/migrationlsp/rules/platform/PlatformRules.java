package io.migrationlsp.rules.platform;

import io.migrationlsp.core.rules.Rule;
import java.util.List;

/** The platform profile's rules (convention document 000), in catalogue order. */
public final class PlatformRules {
    private PlatformRules() {}

    public static final List<Rule> ALL = List.of(
            new FileNameFormat(),
            new SectionHeaders(),
            new StatementInWrongSection(),
            new UnqualifiedTable(),
            new HardcodedTenantSchema(),
            new PlaceholderSyntax(),
            new TableNameStyle(),
            new ColumnNameStyle(),
            new IdentityPrimaryKey(),
            new AuditColumns(),
            new PreferNvarchar(),
            new NoFloat(),
            new PreferDatetime2(),
            new BitNeedsDefault(),
            new IndexNameFormat(),
            new NewColumnNullable(),
            new FkCreationOrder(),
            new GuardedDrop(),
            new PermissionTable(),
            new PermissionNameFormat(),
            new PermissionAction(),
            new DuplicatePermission(),
            new SyntaxError(),
            new FileLocation(),
            new SequenceDuplicate(),
            new SequenceGap(),
            new UnknownTable(),
            new UnknownRole(),
            new PermissionNotInConstants(),
            new TablesPySync(),
            new TablesPyNoAlter(),
            new TablesPyPlatformTable(),
            new TablesPyFkOrder(),
            new TablesPyDrift(),
            new MissingWorkspaceFile());
}
