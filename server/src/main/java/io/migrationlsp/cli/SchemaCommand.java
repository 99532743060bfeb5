package io.migrationlsp.cli;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.analysis.SqlValidator;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.rules.Rule;
import io.migrationlsp.core.schema.SchemaModel;
import io.migrationlsp.core.schema.TableInfo;
import io.migrationlsp.core.schema.TableOrder;
import io.migrationlsp.core.workspace.Project;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code schema [--scope tenant|platform] [--format sql|markdown|mermaid] ROOT}: the schema the
 * migration history adds up to, replayed without a database.
 */
final class SchemaCommand {
    static final String HELP = """
            Usage: migration-lsp schema [--scope tenant|platform] [--format sql|markdown|mermaid] [ROOT]

            Prints the schema the migrations of ROOT (default: .) add up to, replayed in order without a
            database: tables, columns (type, nullability, default), indexes and foreign keys.

              -s, --scope SCOPE     tenant ({schema_name}.) or platform (PLATFORM.); default: both
              -f, --format FORMAT   sql (default: CREATE TABLE DDL, parents first), markdown (one table of
                                    columns per table, with the migration that added each) or mermaid
                                    (an ER diagram to paste into a pull request)
            """;

    private final Path cwd;
    private final Function<Profile, List<Rule>> rules;

    SchemaCommand(Path cwd, Function<Profile, List<Rule>> rules) {
        this.cwd = cwd;
        this.rules = rules;
    }

    int run(List<String> args, PrintStream out) throws UsageException {
        String scope = null;
        String format = "sql";
        Path root = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-s", "--scope" -> scope = value(args, ++i, a);
                case "-f", "--format" -> format = value(args, ++i, a);
                case "-h", "--help" -> {
                    out.print(HELP);
                    return ExitCodes.CLEAN;
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option for schema: " + a);
                    }
                    if (root != null) {
                        throw new UsageException("schema takes one workspace root, got " + root + " and " + a);
                    }
                    root = cwd.resolve(a).normalize();
                }
            }
        }
        if (scope != null && !scope.equals("tenant") && !scope.equals("platform")) {
            throw new UsageException("--scope must be tenant or platform, not " + scope);
        }
        SchemaRenderer renderer = switch (format) {
            case "sql" -> new SchemaSql();
            case "markdown" -> new SchemaMarkdown();
            case "mermaid" -> new SchemaMermaid();
            default -> throw new UsageException("--format must be sql, markdown or mermaid, not " + format);
        };
        Path dir = root != null ? root : cwd;
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such directory: " + dir);
        }
        Project project = Project.open(Project.findRoot(dir), null, null);
        SchemaModel schema;
        try (SqlValidator validator = new SqlValidator(2000)) {
            WorkspaceIndex index = new WorkspaceIndex(project, new Analyzer(rules, validator));
            index.build(() -> false, replayed -> { });
            schema = index.finalSchema();
        }
        List<TableInfo> tables = new ArrayList<>();
        if (scope == null || scope.equals("tenant")) {
            tables.addAll(TableOrder.parentsFirst(schema.tablesIn(SchemaModel.TENANT)));
        }
        if (scope == null || scope.equals("platform")) {
            tables.addAll(TableOrder.parentsFirst(schema.tablesIn("PLATFORM")));
        }
        out.print(renderer.render(tables, project.config().placeholder()));
        return ExitCodes.CLEAN;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
