#!/usr/bin/env python3
"""Deterministic benchmark corpora for migration-lsp.

  gen-corpus.py --platform N OUT   platform workspace: OUT/_migrations/{2025_and_older/,}YYYY_N_SEQ_REV.sql,
                                   OUT/app/tenant/tables.py, OUT/app/role/constants.py
  gen-corpus.py --postgres N OUT   OUT/001_description.sql ... N numbered Postgres migrations
  gen-corpus.py --lines L OUT      one platform migration (file OUT) of about L lines, one FLOAT
                                   column (a no-float error) every ~250 lines

The same arguments always give byte-identical output (seeded random.Random, no clock, no env).
About 1 file in 8 of the platform corpus breaks a convention (FLOAT, DATETIME, unguarded drop,
lower-case permission, hard-coded tenant schema, unqualified table, bad index name, NOT NULL add).
"""
import os
import random
import sys

WORDS = ["ACCOUNT", "INVOICE", "PAYMENT", "CONTRACT", "REBATE", "CLAIM", "MEMBER", "PROVIDER",
         "PHARMACY", "PRODUCT", "FORMULARY", "TIER", "PLAN", "REGION", "BATCH", "LEDGER", "NOTE",
         "ADJUSTMENT", "SUBMISSION", "DISPUTE", "ATTACHMENT", "SCHEDULE", "RATE", "PRICE", "VENDOR",
         "ORDER", "SHIPMENT", "AUDIT", "EXPORT", "IMPORT", "MAPPING", "RULE", "THRESHOLD", "EVENT"]
COLS = [("NAME", "NVARCHAR(255) NOT NULL"), ("DESCRIPTION", "NVARCHAR(MAX) NULL"),
        ("STATUS", "NVARCHAR(50) NOT NULL DEFAULT 'Active'"), ("AMOUNT", "DECIMAL(18,4) NULL"),
        ("QUANTITY", "INT NULL"), ("EFFECTIVE_DATE", "DATE NULL"), ("EXPIRES_AT", "DATETIME2 NULL"),
        ("IS_ACTIVE", "BIT NOT NULL DEFAULT 1"), ("EXTERNAL_CODE", "NVARCHAR(100) NULL"),
        ("EMAIL", "VARCHAR(320) NULL"), ("SORT_ORDER", "INT NOT NULL DEFAULT 0"),
        ("RATE", "DECIMAL(9,6) NULL"), ("COMMENTS", "NVARCHAR(2000) NULL")]
ACTIONS = ["VIEW", "CREATE", "EDIT", "DELETE"]
ROLES = ["Super Admin", "Security Admin", "Manufacturer RebateIQ Admin", "Analyst", "Auditor"]
PLATFORM_HDR = "-- ========== PLATFORM MIGRATIONS =========="
TENANT_HDR = ["-- ========== TENANT MIGRATIONS ==========",
              "-- NOTE: Make sure app/tenant/tables.py is in sync"]
AUDIT = ["CREATED_BY NVARCHAR(100) NOT NULL", "CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()",
         "UPDATED_BY NVARCHAR(100) NULL", "UPDATED_AT DATETIME2 NULL"]


class Platform:
    """Emits statements for one platform workspace; remembers tables so FKs and ALTERs refer to them."""

    def __init__(self, rnd):
        self.r = rnd
        self.tenant_tables = ["HEALTH_PLAN"]
        self.platform_tables = ["ROLES", "ROLE_PERMISSION"]
        self.counter = 0

    def new_name(self):
        self.counter += 1
        return "%s_%s_%d" % (self.r.choice(WORDS), self.r.choice(WORDS), self.counter)

    def create_table(self, schema, tenant, bad):
        name = self.new_name()
        cols = ["ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY"]
        if tenant:
            cols.append("TENANT_APP_ID INT NOT NULL")
            ref = self.r.choice(self.tenant_tables)
            cols.append("%s_ID INT NULL FOREIGN KEY REFERENCES %s.[%s](ID)" % (ref, schema, ref))
        picked = self.r.sample(COLS, self.r.randint(3, 8))
        cols += ["%s %s" % c for c in picked]
        if bad == "float":
            cols.append("TOTAL FLOAT NULL")
        elif bad == "datetime":
            cols.append("PROCESSED_AT DATETIME NULL")
        cols += AUDIT if tenant else [AUDIT[1]]
        (self.tenant_tables if tenant else self.platform_tables).append(name)
        out = ["CREATE TABLE %s.[%s] (" % (schema, name)]
        out += ["    %s%s" % (c, "," if i < len(cols) - 1 else "") for i, c in enumerate(cols)]
        out.append(");")
        out.append("")
        col = picked[0][0]
        out.append("CREATE INDEX IDX_%s_%s ON %s.[%s](%s)" % (name, col, schema, name, col))
        out.append("INCLUDE (ID);" if self.r.random() < 0.5 else ";")
        if out[-1] == ";":
            out[-2] += ";"
            out.pop()
        out.append("")
        return out

    def alter_add(self, schema, tenant, bad):
        t = self.r.choice(self.tenant_tables if tenant else self.platform_tables)
        col = "%s_%d" % (self.r.choice(WORDS), self.r.randint(1, 999))
        if bad == "notnull":
            return ["ALTER TABLE %s.[%s] ADD %s INT NOT NULL;" % (schema, t, col), ""]
        if bad == "hardcoded" and tenant:
            return ["ALTER TABLE TENANT_ABC123.[%s] ADD %s NVARCHAR(100) NULL;" % (t, col), ""]
        return ["ALTER TABLE %s.[%s] ADD %s NVARCHAR(100) NULL;" % (schema, t, col), ""]

    def guarded_drops(self, schema, bad):
        t = self.r.choice(self.tenant_tables)
        if bad == "drop":
            return ["DROP TABLE %s.[OLD_%s];" % (schema, t), ""]
        return ["DROP INDEX IF EXISTS IDX_%s_STATUS ON %s.[%s];" % (t, schema, t), "",
                "IF EXISTS (SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('%s.%s') AND name = 'LEGACY_CODE')"
                % (schema, t),
                "ALTER TABLE %s.[%s] DROP COLUMN LEGACY_CODE;" % (schema, t), ""]

    def permissions(self, bad):
        entity = self.r.choice(self.tenant_tables)
        rows = []
        for role in self.r.sample(ROLES, self.r.randint(1, 3)):
            for act in self.r.sample(ACTIONS, self.r.randint(1, 3)):
                perm = "%s.%s" % (entity, act)
                if bad == "perm" and not rows:
                    perm = perm.lower().replace(".", "_")
                rows.append("((SELECT ID FROM PLATFORM.ROLES WHERE NAME = '%s'), '%s')" % (role, perm))
        return (["INSERT INTO PLATFORM.ROLE_PERMISSION (ROLE_ID, PERMISSION_NAME) VALUES"]
                + [r + ("," if i < len(rows) - 1 else ";") for i, r in enumerate(rows)] + [""])

    def unqualified(self):
        return ["UPDATE AUDIT_LOG SET PROCESSED = 1 WHERE PROCESSED = 0;", ""]

    def file(self):
        r = self.r
        bad = r.choice(["float", "datetime", "drop", "perm", "hardcoded", "unqualified", "notnull"]) \
            if r.random() < 0.125 else None
        out = []
        if r.random() < 0.6:
            out.append(PLATFORM_HDR)
            for _ in range(r.randint(1, 3)):
                k = r.random()
                if k < 0.4:
                    out += self.permissions(bad)
                elif k < 0.7:
                    out += self.create_table("PLATFORM", False, bad)
                else:
                    out += self.alter_add("PLATFORM", False, bad)
            if bad == "unqualified":
                out += self.unqualified()
            out.append("")
        out += TENANT_HDR
        for _ in range(r.randint(1, 4)):
            k = r.random()
            if k < 0.5:
                out += self.create_table("{schema_name}", True, bad)
            elif k < 0.8:
                out += self.alter_add("{schema_name}", True, bad)
            else:
                out += self.guarded_drops("{schema_name}", bad)
        return "\n".join(out).rstrip("\n") + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def platform(n, out):
    g = Platform(random.Random(8001))
    archive = n * 3 // 10
    first = ["-- ========== PLATFORM MIGRATIONS ==========",
             "CREATE TABLE PLATFORM.[ROLES] (",
             "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
             "    NAME NVARCHAR(255) NOT NULL,",
             "    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()",
             ");", "",
             "CREATE TABLE PLATFORM.[ROLE_PERMISSION] (",
             "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
             "    ROLE_ID INT NOT NULL FOREIGN KEY REFERENCES PLATFORM.[ROLES](ID),",
             "    PERMISSION_NAME NVARCHAR(255) NOT NULL,",
             "    CREATED_AT DATETIME2 NOT NULL DEFAULT SYSDATETIME()",
             ");", "",
             "INSERT INTO PLATFORM.ROLES (NAME) VALUES " + ", ".join("('%s')" % x for x in ROLES) + ";", ""]
    for seq in range(1, n + 1):
        if seq <= archive:
            year, major = 2023 + (seq - 1) * 3 // max(archive, 1), 1
            path = os.path.join(out, "_migrations", "2025_and_older", "%d_%d_%d_1.sql" % (year, major, seq))
        else:
            year, major = 2026, 2 + (seq - archive - 1) * 4 // max(n - archive, 1)
            path = os.path.join(out, "_migrations", "%d_%d_%d_1.sql" % (year, major, seq))
        text = g.file()
        if seq == 1:
            text = "\n".join(first) + "\n" + text.split(PLATFORM_HDR + "\n", 1)[-1]
        write(path, text)
    tables = ['"""Tenant schema: run for every new tenant. Keep in sync with _migrations/."""', "", "",
              "def get_tenant_tables_sql(schema_name: str) -> str:", '    return f"""']
    for t in g.tenant_tables:
        tables += ["CREATE TABLE {schema_name}.[%s] (" % t,
                   "    ID INT NOT NULL IDENTITY(1,1) PRIMARY KEY,",
                   "    TENANT_APP_ID INT NOT NULL,"] + ["    %s," % a for a in AUDIT[:-1]] + \
                  ["    %s" % AUDIT[-1], ");", ""]
    tables.append('"""')
    write(os.path.join(out, "app", "tenant", "tables.py"), "\n".join(tables) + "\n")
    consts = ["from enum import Enum", "", "", "class BuiltInSystemRoles(str, Enum):"]
    consts += ['    %s = "%s"' % (x.upper().replace(" ", "_"), x) for x in ROLES]
    consts += ["", "", "class BuiltInPermissions(str, Enum):"]
    for t in g.tenant_tables[:200]:
        for a in ("VIEW", "EDIT"):
            consts.append('    %s_%s = "%s.%s"' % (t, a, t, a))
    write(os.path.join(out, "app", "role", "constants.py"), "\n".join(consts) + "\n")


PG_COLS = [("name", "text NOT NULL"), ("description", "text"), ("status", "varchar(32) NOT NULL DEFAULT 'active'"),
           ("amount", "numeric(18,4)"), ("quantity", "integer"), ("effective_on", "date"),
           ("expires_at", "timestamptz"), ("is_active", "boolean NOT NULL DEFAULT true"),
           ("external_code", "varchar(100)"), ("email", "text"), ("metadata", "jsonb NOT NULL DEFAULT '{}'::jsonb")]


def postgres(n, out):
    r = random.Random(8002)
    tables = []
    width = max(3, len(str(n)))
    for i in range(1, n + 1):
        k = r.random() if tables else 0.0
        lines = []
        if k < 0.4:
            t = "%s_%s_%d" % (r.choice(WORDS).lower(), r.choice(WORDS).lower(), i)
            desc = "create_" + t
            cols = ["id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "tenant_id uuid NOT NULL"]
            fks = []
            if tables:
                ref = r.choice(tables)
                cols.append("%s_id bigint REFERENCES %s (id) ON DELETE CASCADE" % (ref.split("_")[0], ref))
                fks.append(ref.split("_")[0] + "_id")
            cols += ["%s %s" % c for c in r.sample(PG_COLS, r.randint(3, 7))]
            cols += ["created_at timestamptz NOT NULL DEFAULT now()", "updated_at timestamptz"]
            lines.append("CREATE TABLE %s (" % t)
            lines += ["    %s%s" % (c, "," if j < len(cols) - 1 else "") for j, c in enumerate(cols)]
            lines += [");", "", "CREATE INDEX %s_tenant_id_idx ON %s (tenant_id);" % (t, t)]
            for fk in fks:
                lines.append("CREATE INDEX %s_%s_idx ON %s (%s);" % (t, fk, t, fk))
            lines += ["", "ALTER TABLE %s ENABLE ROW LEVEL SECURITY;" % t,
                      "CREATE POLICY %s_tenant_isolation ON %s" % (t, t),
                      "    USING (tenant_id = current_setting('app.tenant_id')::uuid);"]
            tables.append(t)
        elif k < 0.7:
            t = r.choice(tables)
            c = "%s_%d" % (r.choice(WORDS).lower(), i)
            desc = "add_%s_to_%s" % (c, t)
            lines += ["ALTER TABLE %s ADD COLUMN %s %s;" % (t, c, r.choice(["text", "integer", "boolean DEFAULT false",
                                                                            "timestamptz", "integer NOT NULL"]))]
            if r.random() < 0.5:
                lines.append("CREATE INDEX CONCURRENTLY %s_%s_idx ON %s (%s);" % (t, c, t, c))
        elif k < 0.85:
            t = r.choice(tables)
            desc = "index_" + t
            c = r.choice(PG_COLS)[0]
            lines += ["CREATE INDEX %s_%s_%d_idx ON %s (%s);" % (t, c, i, t, c)]
        else:
            t = r.choice(tables)
            desc = "backfill_" + t
            lines += ["UPDATE %s SET updated_at = now() WHERE updated_at IS NULL;" % t,
                      "ALTER TABLE %s ALTER COLUMN updated_at SET NOT NULL;" % t]
        text = "-- %s\nBEGIN;\n\n%s\n\nCOMMIT;\n" % (desc, "\n".join(lines))
        write(os.path.join(out, "%0*d_%s.sql" % (width, i, desc)), text)


def lines(n, out):
    g = Platform(random.Random(8003))
    tenant = list(TENANT_HDR)
    next_bad = 0
    while len(tenant) < n * 4 // 5:
        k = g.r.random()
        if k < 0.6:
            # One FLOAT column every ~250 lines: findings (and so code actions) all along the file.
            bad = "float" if len(tenant) >= next_bad else None
            next_bad += 250 if bad else 0
            tenant += g.create_table("{schema_name}", True, bad)
        elif k < 0.85:
            tenant += g.alter_add("{schema_name}", True, None)
        else:
            tenant += g.guarded_drops("{schema_name}", None)
    # Permissions on the tables created above (the platform section comes first in the file).
    body = [PLATFORM_HDR]
    while len(body) + len(tenant) < n:
        body += g.permissions(None)
    write(out, "\n".join(body + tenant).rstrip("\n") + "\n")


def main(argv):
    if len(argv) != 3 or argv[0] not in ("--platform", "--postgres", "--lines"):
        sys.stderr.write(__doc__)
        return 2
    n = int(argv[1])
    {"--platform": platform, "--postgres": postgres, "--lines": lines}[argv[0]](n, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
