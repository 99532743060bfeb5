package io.migrationlsp.cli;

/** The text of {@code --help} and {@code check --help}. */
final class HelpText {
    private HelpText() {}

    static final String CHECK = """
            Usage: migration-lsp check [--format text|json|sarif|github] [--profile NAME] [--config FILE] PATH...

            Checks SQL migrations against the workspace's conventions. A PATH is a workspace root, a folder
            or a file in one (default: .). For a folder, the .sql files in its migrations folder are checked
            (every .sql file under it when it has nothing to do with the migrations folder); a file given
            by name is always checked.

              -f, --format FORMAT   text (default), json, sarif (SARIF 2.1.0) or github (Actions annotations)
              -p, --profile NAME    platform, postgres-rls, supabase, sqlx or alembic (default: from the config)
              -c, --config FILE     use FILE instead of each root's .migration-lsp.json

            Exit codes: 0 no errors, 1 at least one error-severity finding, 2 usage or I/O error.
            """;

    static final String MAIN = """
            Usage: migration-lsp [COMMAND]

            Commands:
              (none), lsp              run the language server on stdin/stdout
              check [OPTIONS] PATH...  check migrations (migration-lsp check --help for options)
              schema [OPTIONS] [ROOT]  print the schema the migrations add up to (sql, markdown, mermaid)
              explain RULE             print a rule's documentation (also --explain RULE)
              --version                print the version
              --help, -h, help         print this help
            """;
}
