package io.migrationlsp.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles and permissions come from the index's models: open buffers count, the disk is not read again. */
class CatalogsTest {
    private static final String GRANT = "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES\n"
            + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Auditor'), 'CLAIM.VIEW');\n";

    @TempDir
    Path ws;

    @Test
    void rolesAndPermissionsFollowTheIndex() throws Exception {
        Files.createDirectories(ws.resolve("_migrations"));
        Files.createDirectories(ws.resolve("app/role"));
        Files.writeString(ws.resolve("_migrations/2026_2_1_1.sql"),
                "INSERT INTO PLATFORM.ROLES (NAME) VALUES ('Auditor');\n" + GRANT);
        Files.writeString(ws.resolve("app/role/constants.py"), "from enum import Enum\n\n\n"
                + "class BuiltInSystemRoles(str, Enum):\n    SUPER_ADMIN = \"Super Admin\"\n\n\n"
                + "class BuiltInPermissions(str, Enum):\n    CLAIM_VIEW = \"CLAIM.VIEW\"\n    CLAIM_EDIT = \"CLAIM.EDIT\"\n");
        try (SqlValidator validator = new SqlValidator(1000)) {
            WorkspaceIndex index = new WorkspaceIndex(Project.open(ws, null, null), new Analyzer(RuleRegistry::forProfile, validator));
            RoleCatalog roles = new RoleCatalog();
            PermissionCatalog permissions = new PermissionCatalog();
            assertEquals(List.of("Super Admin", "Auditor"), names(roles.roles(index, () -> false)));
            assertEquals(RoleCatalog.Origin.MIGRATION, roles.roles(index, () -> false).get(1).origin());

            Map<String, PermissionCatalog.Permission> known = permissions.permissions(index, () -> false);
            assertEquals(List.of("CLAIM.VIEW", "CLAIM.EDIT"), known.values().stream().map(PermissionCatalog.Permission::name).toList());
            assertEquals(List.of(new PermissionCatalog.Grant("Auditor", "_migrations/2026_2_1_1.sql")), known.get("CLAIM.VIEW").grants());
            assertEquals("CLAIM_EDIT", known.get("CLAIM.EDIT").constantName());

            // An unsaved editor buffer overrides the disk; the file on disk is not read for it.
            index.setOpenText("_migrations/2026_2_1_1.sql", "INSERT INTO PLATFORM.ROLES (NAME) VALUES ('Biller');\n"
                    + GRANT.replace("CLAIM.VIEW", "CLAIM.DELETE"));
            Files.delete(ws.resolve("_migrations/2026_2_1_1.sql"));
            assertEquals(List.of("Super Admin", "Biller"), names(roles.roles(index, () -> false)));
            known = permissions.permissions(index, () -> false);
            assertNotNull(known.get("CLAIM.DELETE"));
            assertNull(known.get("CLAIM.DELETE").constantName());
            assertEquals(List.of(), known.get("CLAIM.VIEW").grants());

            assertEquals(List.of("Super Admin"), names(roles.roles(index, () -> true)), "a cancelled request stops the scan");
        }
    }

    private static List<String> names(List<RoleCatalog.Role> roles) {
        return roles.stream().map(RoleCatalog.Role::name).toList();
    }
}
