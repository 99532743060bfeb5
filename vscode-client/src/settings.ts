// Turning the user's `migrationLsp.*` settings into the object the server reads
// (`workspace/configuration` for section `migrationLsp` and
// `initializationOptions.settings`): { profile?: string, rules?: { [ruleId]: severity } }.
// Pure module: no `vscode` import.

export const PROFILES = ['platform', 'postgres-rls', 'supabase', 'sqlx', 'alembic'] as const;
export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;

export interface ServerSettings {
  profile?: string;
  rules?: Record<string, string>;
}

/**
 * `profile` "auto", null or empty means "let the server detect it" and is left out.
 * `rules` is copied when it is an object; non-string values are dropped (VS Code
 * already flags them in settings.json, the server must not see them).
 */
export function toServerSettings(section: { profile?: unknown; rules?: unknown }): ServerSettings {
  const out: ServerSettings = {};
  const profile = typeof section.profile === 'string' ? section.profile.trim() : '';
  if (profile && profile !== 'auto') out.profile = profile;
  if (section.rules && typeof section.rules === 'object' && !Array.isArray(section.rules)) {
    const rules: Record<string, string> = {};
    for (const [id, sev] of Object.entries(section.rules as Record<string, unknown>)) {
      if (typeof sev === 'string') rules[id] = sev.trim().toLowerCase();
    }
    out.rules = rules;
  }
  return out;
}

/** Where Alembic revisions live when the setting is not changed: `alembic init alembic` and Flask-Migrate's folders. */
export const DEFAULT_ALEMBIC_GLOBS = ['**/alembic/versions/*.py', '**/migrations/versions/*.py'] as const;

/**
 * `migrationLsp.alembic.versionsGlobs`: the glob patterns of the Python files the client sends
 * to the server (Alembic revisions). Other Python files stay with the user's Python server.
 * Anything but an array of non-empty strings gives the defaults; an empty array turns it off.
 */
export function alembicGlobs(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_ALEMBIC_GLOBS];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}
