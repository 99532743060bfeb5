package io.migrationlsp.core.completion;

import io.migrationlsp.core.analysis.Analyzer;
import io.migrationlsp.core.config.Config;
import io.migrationlsp.core.config.Profile;
import io.migrationlsp.core.text.Dialect;
import io.migrationlsp.core.text.TextSpan;
import io.migrationlsp.core.workspace.PermissionCatalog;
import io.migrationlsp.core.workspace.RoleCatalog;
import io.migrationlsp.core.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Completion for a migration: finds the cursor's context, gathers the proposals of that kind from
 * the workspace model and keeps those matching what is typed, in the order they should be shown.
 */
public final class CompletionEngine {
    /** How many entities and roles the permission snippet offers as choices. */
    private static final int MAX_CHOICES = 30;

    private final Analyzer analyzer;
    private final RoleCatalog roles = new RoleCatalog();
    private final PermissionCatalog permissions = new PermissionCatalog();

    public CompletionEngine(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param path     the file's workspace-relative path, or null when it has none
     * @param snippets whether the client takes LSP snippet syntax
     */
    public List<Candidate> complete(WorkspaceIndex index, String path, String text, int offset, boolean snippets,
                                    BooleanSupplier cancelled) {
        Config config = index.project().config();
        Profile profile = index.project().profile();
        if (profile.dialect() == Dialect.POSTGRES) {
            return postgres(index, profile, path, text, offset, snippets);
        }
        CompletionContext ctx = ContextDetector.detect(text, offset, config.placeholder());
        ctx = closingBracket(ctx, text);
        List<Candidate> all = switch (ctx.kind()) {
            case NONE -> List.of();
            case ROLE -> RoleCandidates.of(roles.roles(index, cancelled), ctx);
            case PERMISSION_ENTITY -> PermissionCandidates.entities(ctx, permissions.permissions(index, cancelled),
                    CursorSchema.at(index, analyzer, path, text, offset).tables(), config.placeholder());
            case PERMISSION_ACTION -> PermissionCandidates.actions(ctx,
                    PermissionCandidates.withoutTyped(permissions.permissions(index, cancelled), ctx, path),
                    config.extraActions());
            case TABLE -> {
                CursorSchema s = CursorSchema.at(index, analyzer, path, text, offset);
                yield SchemaCandidates.tables(ctx, s.schema(), s.tablesPy(), config.placeholder());
            }
            case COLUMN -> {
                CursorSchema s = CursorSchema.at(index, analyzer, path, text, offset);
                yield SchemaCandidates.columns(ctx, s.schema(), s.tablesPy(), config.placeholder());
            }
            case TYPE -> TypeCandidates.of(ctx);
            case HEADER_COMMENT -> SnippetCandidates.headers(ctx, text);
            case STATEMENT -> {
                List<Candidate> items = new ArrayList<>(SnippetCandidates.headers(ctx, text));
                items.addAll(SnippetCandidates.statements(ctx, snippets, config.placeholder(),
                        permissionChoices(index, path, text, offset, cancelled)));
                yield items;
            }
        };
        return matching(ctx, all);
    }

    /** A Postgres profile's file: its schema replay, Postgres types and its document's templates. */
    private List<Candidate> postgres(WorkspaceIndex index, Profile profile, String path, String text, int offset,
                                     boolean snippets) {
        CompletionContext ctx = ContextDetector.detect(text, offset, "", Dialect.POSTGRES);
        List<Candidate> all = switch (ctx.kind()) {
            case TABLE -> PostgresSchemaCandidates.tables(ctx, CursorSchema.at(index, analyzer, path, text, offset).schema());
            case COLUMN -> PostgresSchemaCandidates.columns(ctx, CursorSchema.at(index, analyzer, path, text, offset).schema());
            case TYPE -> TypeCandidates.postgres(ctx);
            case STATEMENT -> PostgresSnippets.of(ctx, profile, snippets, path, text);
            default -> List.of();
        };
        return matching(ctx, all);
    }

    private static List<Candidate> matching(CompletionContext ctx, List<Candidate> all) {
        List<Candidate> matching = new ArrayList<>();
        for (Candidate c : all) {
            if (matches(ctx, c)) {
                matching.add(c);
            }
        }
        return matching;
    }

    private SnippetCandidates.PermissionChoices permissionChoices(WorkspaceIndex index, String path, String text,
                                                                   int offset, BooleanSupplier cancelled) {
        List<String> roleNames = roles.roles(index, cancelled).stream().map(RoleCatalog.Role::name).toList();
        CursorSchema s = CursorSchema.at(index, analyzer, path, text, offset);
        List<String> entities = PermissionCandidates.snippetEntities(permissions.permissions(index, cancelled),
                s.createdHere(), s.tables());
        return new SnippetCandidates.PermissionChoices(first(roleNames), first(entities));
    }

    private static List<String> first(List<String> list) {
        return list.size() <= MAX_CHOICES ? list : list.subList(0, MAX_CHOICES);
    }

    /** An editor that auto-closed the bracket typed before a name: the proposal's own {@code ]} replaces it. */
    private static CompletionContext closingBracket(CompletionContext ctx, String text) {
        TextSpan r = ctx.replace();
        if (r == null || !ctx.prefix().startsWith("[") || r.end() >= text.length() || text.charAt(r.end()) != ']') {
            return ctx;
        }
        return new CompletionContext(ctx.kind(), ctx.prefix(), new TextSpan(r.start(), r.end() + 1), ctx.tableKey(),
                ctx.entity(), ctx.listed(), ctx.defaults());
    }

    /**
     * Names match by prefix, ignoring case; statement snippets when any word of their filter text
     * starts with what is typed; headers by the letters typed in the comment.
     */
    static boolean matches(CompletionContext ctx, Candidate c) {
        String typed = ctx.prefix().toUpperCase(Locale.ROOT);
        String filter = c.filterText().toUpperCase(Locale.ROOT);
        if (c.kind() == Candidate.Kind.HEADER) {
            return letters(filter).startsWith(letters(typed)) || filter.startsWith(typed);
        }
        if (ctx.kind() == CompletionContext.Kind.STATEMENT) {
            for (String word : filter.split("[^A-Z0-9]+")) {
                if (word.startsWith(typed)) {
                    return true;
                }
            }
            return false;
        }
        // A schema-qualified table name also matches by its bare name (FROM cust| finds core.customers).
        return filter.startsWith(typed) || (c.kind() == Candidate.Kind.TABLE && filter.contains(".")
                && filter.substring(filter.lastIndexOf('.') + 1).startsWith(typed));
    }

    private static String letters(String s) {
        return s.replaceAll("[^A-Z]", "");
    }
}
