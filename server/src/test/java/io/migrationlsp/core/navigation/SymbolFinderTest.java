package io.migrationlsp.core.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlFile;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The symbol under a cursor, written as text with a {@code |} where the cursor is. */
class SymbolFinderTest {
    private static final Analyzer ANALYZER = new Analyzer(p -> List.of(), null);

    private static Symbol at(String textWithCursor) {
        int cursor = textWithCursor.indexOf('|');
        String text = textWithCursor.substring(0, cursor) + textWithCursor.substring(cursor + 1);
        SqlFile file = ANALYZER.model("_migrations/2026_2_1_1.sql", text, Config.defaults().withProfile(Profile.PLATFORM),
                Profile.PLATFORM);
        return SymbolFinder.at(file, cursor);
    }

    private static void assertTable(String key, Symbol s) {
        assertNotNull(s, "a symbol");
        assertEquals(Symbol.Kind.TABLE, s.kind());
        assertEquals(key, s.tableKey());
    }

    private static void assertColumn(String tableKey, String column, Symbol s) {
        assertNotNull(s, "a symbol");
        assertEquals(Symbol.Kind.COLUMN, s.kind());
        assertEquals(tableKey, s.tableKey());
        assertEquals(column, s.column());
    }

    @Test
    void bracketedNameAtStartMiddleAndEnd() {
        assertTable("{TENANT}.ORDERS", at("ALTER TABLE {schema_name}.|[ORDERS] ADD NOTE NVARCHAR(10) NULL;"));
        assertTable("{TENANT}.ORDERS", at("ALTER TABLE {schema_name}.[ORD|ERS] ADD NOTE NVARCHAR(10) NULL;"));
        assertTable("{TENANT}.ORDERS", at("ALTER TABLE {schema_name}.[ORDERS]| ADD NOTE NVARCHAR(10) NULL;"));
    }

    @Test
    void placeholderAndDotOfAQualifiedNameMeanTheTable() {
        assertTable("{TENANT}.ORDERS", at("INSERT INTO {sche|ma_name}.[ORDERS] (ID) VALUES (1);"));
        assertTable("{TENANT}.ORDERS", at("INSERT INTO |{schema_name}.[ORDERS] (ID) VALUES (1);"));
        assertTable("{TENANT}.ORDERS", at("INSERT INTO {schema_name}|.[ORDERS] (ID) VALUES (1);"));
        assertTable("PLATFORM.ROLES", at("SELECT ID FROM PLATFORM.RO|LES;"));
        assertTable(".ORDERS", at("DELETE FROM ORD|ERS WHERE ID = 1;"));
    }

    @Test
    void createTableNameIsADeclaration() {
        String sql = "CREATE TABLE {schema_name}.[ORD|ERS] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY);";
        assertTable("{TENANT}.ORDERS", at(sql));
    }

    @Test
    void columnsInDefinitionsAlterIndexInsertAndForeignKeys() {
        assertColumn("{TENANT}.ORDERS", "STATUS",
                at("CREATE TABLE {schema_name}.[ORDERS] (ID INT NOT NULL, STA|TUS NVARCHAR(20) NULL);"));
        assertColumn("{TENANT}.ORDERS", "NOTE", at("ALTER TABLE {schema_name}.[ORDERS] ADD |NOTE NVARCHAR(10) NULL;"));
        assertColumn("{TENANT}.ORDERS", "NOTE", at("ALTER TABLE {schema_name}.[ORDERS] DROP COLUMN NOTE|;"));
        assertColumn("{TENANT}.ORDERS", "STATUS",
                at("CREATE INDEX IDX_ORDERS_STATUS ON {schema_name}.[ORDERS] (STAT|US);"));
        assertColumn("{TENANT}.ORDERS", "NAME", at("INSERT INTO {schema_name}.[ORDERS] (ID, [NA|ME]) VALUES (1, N'x');"));
        String fk = "CREATE TABLE {schema_name}.[LINE] (ID INT NOT NULL, ORDER_ID INT NULL "
                + "FOREIGN KEY REFERENCES {schema_name}.[ORDERS](I|D));";
        assertColumn("{TENANT}.ORDERS", "ID", at(fk));
        assertTable("{TENANT}.ORDERS", at(fk.replace("(I|D)", "(ID)").replace("[ORDERS]", "[ORD|ERS]")));
    }

    @Test
    void permissionStringOfAGrant() {
        String grant = "INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES "
                + "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Super Admin'), 'ORDERS.V|IEW');";
        Symbol s = at(grant);
        assertNotNull(s);
        assertEquals(Symbol.Kind.PERMISSION, s.kind());
        assertEquals("ORDERS.VIEW", s.permission());
        // The role's name is a string too, but not a permission.
        assertNull(at(grant.replace("'ORDERS.V|IEW'", "'ORDERS.VIEW'").replace("Super Admin", "Super| Admin")));
    }

    @Test
    void nothingInStringsCommentsOrBetweenTokens() {
        assertNull(at("INSERT INTO {schema_name}.[ORDERS] (NAME) VALUES (N'OR|DERS');"));
        assertNull(at("IF OBJECT_ID('{schema_name}.ORD|ERS') IS NOT NULL DROP TABLE {schema_name}.[ORDERS];"));
        assertNull(at("-- ALTER TABLE {schema_name}.[ORD|ERS]\nSELECT 1;"));
        assertNull(at("/* {schema_name}.[ORD|ERS] */ SELECT 1;"));
        assertNull(at("ALTER TABLE {schema_name}.[ORDERS] /* [ORD|ERS] */ ADD NOTE INT NULL;"));
        assertNull(at("ALTER TABLE {schema_name}.[ORDERS]  |  ADD NOTE INT NULL;"));
        assertNull(at("|"));
        assertNull(at("SELECT 1;\n|\n"));
    }
}
