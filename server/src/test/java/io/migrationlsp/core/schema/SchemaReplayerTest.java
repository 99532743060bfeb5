package io.migrationlsp.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.model.Nullability;
import io.migrationlsp.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replaying migrations into the in-memory schema, statement kind by statement kind. */
class SchemaReplayerTest {
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry::forProfile, new SqlValidator(1000));

    private static SchemaModel replay(String... files) {
        SchemaModel schema = new SchemaModel();
        int n = 0;
        for (String sql : files) {
            n++;
            SchemaReplayer.apply(schema, ANALYZER.model("_migrations/2026_2_" + n + "_1.sql", sql,
                    Config.defaults().withProfile(Profile.PLATFORM), Profile.PLATFORM));
        }
        return schema;
    }

    private static final String CONTRACT = """
            CREATE TABLE {schema_name}.[REBATE_CONTRACT] (
                ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                NAME NVARCHAR(255) NOT NULL,
                RATE DECIMAL(18,4) NULL
            );
            """;

    @Test
    void createTableRecordsColumnsWithTypeNullabilityDefaultAndOrigin() {
        SchemaModel s = replay(CONTRACT + "CREATE TABLE PLATFORM.[ROLES] (ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY, "
                + "CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME());");
        TableInfo t = s.table("{TENANT}.REBATE_CONTRACT");
        assertNotNull(t);
        assertEquals(List.of("ID", "NAME", "RATE"), List.copyOf(t.columns().keySet()));
        assertEquals("DECIMAL(18,4)", t.column("rate").type());
        assertEquals(Nullability.NULL, t.column("RATE").nullability());
        assertEquals("IDENTITY(1,1)", t.column("ID").identity());
        assertTrue(t.column("ID").primaryKey());
        assertEquals("_migrations/2026_2_1_1.sql", t.column("NAME").origin().path());
        assertEquals("SYSDATETIME()", s.table("PLATFORM.ROLES").column("CREATED_AT").defaultText());
    }

    @Test
    void tenantAndPlatformTablesAreSeparateScopes() {
        SchemaModel s = replay("CREATE TABLE {schema_name}.[AUDIT_LOG] (ID INT NOT NULL);"
                + "CREATE TABLE PLATFORM.[AUDIT_LOG] (ID INT NOT NULL, MSG NVARCHAR(MAX) NULL);");
        assertEquals(1, s.tablesIn(SchemaModel.TENANT).size());
        assertEquals(1, s.tablesIn("PLATFORM").size());
        assertNull(s.table("{TENANT}.AUDIT_LOG").column("MSG"));
        assertNotNull(s.table("PLATFORM.AUDIT_LOG").column("MSG"));
    }

    @Test
    void alterAddAndDropColumnsIncludingTheGuardedDropPattern() {
        SchemaModel s = replay(CONTRACT, """
                ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD NOTES NVARCHAR(MAX) NULL, STATUS NVARCHAR(50) NULL;
                IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('{schema_name}.REBATE_CONTRACT') AND name = 'RATE')
                ALTER TABLE {schema_name}.[REBATE_CONTRACT] DROP COLUMN RATE;
                ALTER TABLE {schema_name}.[REBATE_CONTRACT] ALTER COLUMN NAME NVARCHAR(500) NOT NULL;
                """);
        TableInfo t = s.table("{TENANT}.REBATE_CONTRACT");
        assertEquals(List.of("ID", "NAME", "NOTES", "STATUS"), List.copyOf(t.columns().keySet()));
        assertEquals("NVARCHAR(500)", t.column("NAME").type());
        assertEquals("_migrations/2026_2_2_1.sql", t.column("NOTES").origin().path());
    }

    @Test
    void indexesAreCreatedAndDroppedIncludingTheTsqlFormsJSqlParserRejects() {
        SchemaModel s = replay(CONTRACT, """
                CREATE INDEX IDX_REBATE_CONTRACT_NAME ON {schema_name}.[REBATE_CONTRACT](NAME) INCLUDE (RATE);
                CREATE INDEX IDX_REBATE_CONTRACT_RATE ON {schema_name}.[REBATE_CONTRACT](RATE);
                """, "DROP INDEX IF EXISTS IDX_REBATE_CONTRACT_RATE ON {schema_name}.[REBATE_CONTRACT];");
        TableInfo t = s.table("{TENANT}.REBATE_CONTRACT");
        assertEquals(List.of("IDX_REBATE_CONTRACT_NAME"), List.copyOf(t.indexes().keySet()));
        assertEquals(List.of("RATE"), t.indexes().get("IDX_REBATE_CONTRACT_NAME").include());
    }

    @Test
    void dropTableRemovesItAndGuardedDropsApply() {
        SchemaModel s = replay(CONTRACT + "CREATE TABLE {schema_name}.[OLD_A] (ID INT NOT NULL);"
                + "CREATE TABLE {schema_name}.[OLD_B] (ID INT NOT NULL);",
                "DROP TABLE IF EXISTS {schema_name}.[OLD_A];\n"
                + "IF OBJECT_ID('{schema_name}.OLD_B') IS NOT NULL DROP TABLE {schema_name}.[OLD_B];");
        assertEquals(List.of("REBATE_CONTRACT"), s.tablesIn(SchemaModel.TENANT).stream().map(TableInfo::name).toList());
    }

    @Test
    void foreignKeysInlineAndAddedByAlterPointAtTheReferencedTableKey() {
        SchemaModel s = replay(CONTRACT, """
                CREATE TABLE {schema_name}.[PAYMENT] (
                    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,
                    CONTRACT_ID INT NULL FOREIGN KEY REFERENCES {schema_name}.[REBATE_CONTRACT](ID),
                    ROLE_ID INT NULL
                );
                ALTER TABLE {schema_name}.[PAYMENT] ADD CONSTRAINT FK_PAYMENT_ROLE
                    FOREIGN KEY (ROLE_ID) REFERENCES PLATFORM.[ROLES](ID) ON DELETE CASCADE;
                """);
        List<ForeignKeyInfo> fks = s.table("{TENANT}.PAYMENT").foreignKeys();
        assertEquals(2, fks.size());
        assertEquals("{TENANT}.REBATE_CONTRACT", fks.get(0).refTable());
        assertEquals(List.of("CONTRACT_ID"), fks.get(0).columns());
        assertEquals("PLATFORM.ROLES", fks.get(1).refTable());
        assertEquals("CASCADE", fks.get(1).onDelete());
        assertEquals(List.of("REBATE_CONTRACT", "PAYMENT"),
                TableOrder.parentsFirst(List.of(s.table("{TENANT}.PAYMENT"), s.table("{TENANT}.REBATE_CONTRACT")))
                        .stream().map(TableInfo::name).toList());
    }

    @Test
    void rolesAndGrantsAreRecorded() {
        SchemaModel s = replay("""
                INSERT INTO PLATFORM.ROLES (NAME) VALUES ('Rebate Analyst'), (N'Auditor');
                INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES
                ((SELECT ID FROM PLATFORM.ROLES WHERE NAME = 'Auditor'), 'REBATE_CONTRACT.VIEW');
                """);
        assertTrue(s.roles().containsKey("rebate analyst"));
        assertTrue(s.roles().containsKey("auditor"));
        assertTrue(s.grants().containsKey(SchemaModel.grantKey("AUDITOR", "rebate_contract.view")));
    }

    @Test
    void statementsThatDoNotModelChangeNothingAndDoNotStopTheReplay() {
        SchemaModel s = replay("""
                CREATE PROCEDURE dbo.Touch AS BEGIN SELECT 1; END
                GO
                EXEC sp_rename '{schema_name}.REBATE_CONTRACT.NAME', 'TITLE', 'COLUMN';
                ALTER TABLE {schema_name}.[NOT_CREATED_YET] ADD X INT NULL;
                UPDATE {schema_name}.[REBATE_CONTRACT] SET NAME = N'x';
                ALTER TABLE (
                GO
                """ + CONTRACT);
        assertNotNull(s.table("{TENANT}.REBATE_CONTRACT"));
        assertNull(s.table("{TENANT}.NOT_CREATED_YET"));
        assertFalse(s.tablesIn("DBO").size() > 0);
    }

    @Test
    void replayingOneTableLeavesItAsTheWholeReplayDoes() {
        String later = """
                ALTER TABLE {schema_name}.[REBATE_CONTRACT] ADD NOTE NVARCHAR(100) NULL;
                CREATE TABLE {schema_name}.[OTHER] (ID INT NOT NULL, REF INT NULL);
                CREATE INDEX IDX_REBATE_CONTRACT_NAME ON {schema_name}.[REBATE_CONTRACT] (NAME);
                CREATE INDEX IDX_OTHER_REF ON {schema_name}.[OTHER] (REF);
                IF EXISTS (SELECT * FROM sys.columns WHERE name = 'RATE') ALTER TABLE {schema_name}.[REBATE_CONTRACT] DROP COLUMN RATE;
                DROP INDEX IF EXISTS IDX_OTHER_REF ON {schema_name}.[OTHER];
                """;
        SchemaModel whole = replay(CONTRACT, later);
        SchemaModel first = replay(CONTRACT);
        SchemaModel one = first.copyOfTable("{TENANT}.REBATE_CONTRACT");
        SchemaReplayer.applyToTable(one, ANALYZER.model("_migrations/2026_2_2_1.sql", later,
                Config.defaults().withProfile(Profile.PLATFORM), Profile.PLATFORM), "{TENANT}.REBATE_CONTRACT");
        TableInfo expected = whole.table("{TENANT}.REBATE_CONTRACT");
        TableInfo actual = one.table("{TENANT}.REBATE_CONTRACT");
        assertEquals(List.of("ID", "NAME", "NOTE"), List.copyOf(actual.columns().keySet()));
        assertEquals(expected.columns(), actual.columns());
        assertEquals(expected.indexes(), actual.indexes());
        assertNull(one.table("{TENANT}.OTHER"), "other tables are not replayed");
        assertEquals(List.of("ID", "NAME", "RATE"), List.copyOf(first.table("{TENANT}.REBATE_CONTRACT").columns().keySet()),
                "the model copied from is left as it was");
    }
}
