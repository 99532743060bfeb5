// Finding a Java 17+ runtime for the server.
//
// Pure module: no `vscode` import, and every touch of the outside world (files,
// processes, environment) goes through `JavaProbeDeps`, so the tests inject fakes.
//
// Order: the `migrationLsp.java.home` setting, then JAVA_HOME, then `java` on PATH.
// When the user set `migrationLsp.java.home`, that is the only candidate: if it is
// missing or too old we fail with an error naming the setting instead of silently
// running some other Java.

import * as path from 'path';

export const MIN_JAVA_MAJOR = 17;
export const JAVA_HOME_SETTING = 'migrationLsp.java.home';

export interface JavaVersion {
  /** The version text as printed, e.g. "17.0.15", "1.8.0_292", "21". */
  text: string;
  /** Feature release: 8 for "1.8.0_292", 17 for "17.0.15". */
  major: number;
}

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface FoundJava {
  javaPath: string;
  version: JavaVersion;
  source: JavaSource;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  /** Set when the process could not be started, timed out or exited non-zero. */
  error?: string;
}

export interface JavaProbeDeps {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** True when `p` exists and is a regular file (after following symlinks). */
  isFile(p: string): boolean;
  /** Runs `<javaPath> -version` and returns its output (Java prints it on stderr). */
  runJavaVersion(javaPath: string): Promise<ExecResult>;
}

export class JavaDiscoveryError extends Error {
  constructor(
    message: string,
    /** 'setting': the user's migrationLsp.java.home is unusable; 'not-found': no usable Java anywhere. */
    readonly kind: 'setting' | 'not-found',
  ) {
    super(message);
    this.name = 'JavaDiscoveryError';
  }
}

/**
 * Parses the output of `java -version` (or `java --version`).
 * Accepts `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_292"`,
 * `openjdk version "21" 2023-09-19`, `openjdk version "22-ea"`, `openjdk 21.0.2 2024-01-16`.
 */
export function parseJavaVersion(output: string): JavaVersion | undefined {
  let text: string | undefined;
  const quoted = /\bversion\s+"([^"]+)"/.exec(output);
  if (quoted) {
    text = quoted[1];
  } else {
    const bare = /^(?:openjdk|java)\s+(\d[\w.+-]*)/m.exec(output);
    if (bare) text = bare[1];
  }
  if (!text) return undefined;
  const nums = /^(\d+)(?:\.(\d+))?/.exec(text);
  if (!nums) return undefined;
  const first = Number(nums[1]);
  // Before Java 9 the scheme was 1.<major>.0_<update>.
  const major = first === 1 && nums[2] !== undefined ? Number(nums[2]) : first;
  if (!Number.isFinite(major) || major <= 0) return undefined;
  return { text, major };
}

function javaExeName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

function getEnv(deps: JavaProbeDeps, name: string): string | undefined {
  if (deps.platform !== 'win32') return deps.env[name];
  // Windows environment names are case-insensitive (Path vs PATH).
  const key = Object.keys(deps.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : deps.env[key];
}

function expandHome(p: string, deps: JavaProbeDeps): string {
  const home = getEnv(deps, 'HOME') ?? getEnv(deps, 'USERPROFILE');
  if (home && (p === '~' || p.startsWith('~/') || p.startsWith('~\\'))) {
    return pathApi(deps.platform).join(home, p.slice(1));
  }
  return p;
}

/** The java executable under a JDK/JRE home folder (`<home>/bin/java`). */
export function javaInHome(home: string, platform: NodeJS.Platform): string {
  return pathApi(platform).join(home, 'bin', javaExeName(platform));
}

type Probe =
  | { ok: true; version: JavaVersion }
  | { ok: false; reason: string; version?: JavaVersion };

async function probe(javaPath: string, deps: JavaProbeDeps): Promise<Probe> {
  let res: ExecResult;
  try {
    res = await deps.runJavaVersion(javaPath);
  } catch (e) {
    return { ok: false, reason: `could not run "${javaPath} -version": ${(e as Error).message}` };
  }
  const version = parseJavaVersion(`${res.stderr}\n${res.stdout}`);
  if (!version) {
    const detail = res.error ? res.error : `unrecognised output: ${JSON.stringify((res.stderr || res.stdout).trim().slice(0, 200))}`;
    return { ok: false, reason: `"${javaPath} -version" failed (${detail})` };
  }
  if (version.major < MIN_JAVA_MAJOR) {
    return { ok: false, version, reason: `${javaPath} is Java ${version.text}, but Java ${MIN_JAVA_MAJOR} or newer is needed` };
  }
  return { ok: true, version };
}

/**
 * Finds a Java 17+ executable. Throws `JavaDiscoveryError` with a message meant
 * for the user when none can be used.
 */
export async function findJava(javaHomeSetting: string | undefined | null, deps: JavaProbeDeps): Promise<FoundJava> {
  const exe = javaExeName(deps.platform);
  const p = pathApi(deps.platform);

  // 1. The setting: the only candidate when set.
  const setting = (javaHomeSetting ?? '').trim();
  if (setting) {
    const expanded = expandHome(setting, deps);
    // Accept the home folder (documented) and, leniently, the java executable itself.
    const candidates = [javaInHome(expanded, deps.platform)];
    if (p.basename(expanded).toLowerCase() === exe) candidates.unshift(expanded);
    const javaPath = candidates.find((c) => deps.isFile(c));
    if (!javaPath) {
      throw new JavaDiscoveryError(
        `"${JAVA_HOME_SETTING}" is set to "${setting}", but there is no Java executable at ${candidates[candidates.length - 1]}. ` +
          `Point "${JAVA_HOME_SETTING}" at the folder of a Java ${MIN_JAVA_MAJOR}+ installation (the one that contains bin/${exe}), ` +
          `or clear it to use JAVA_HOME or the java on PATH.`,
        'setting',
      );
    }
    const r = await probe(javaPath, deps);
    if (!r.ok) {
      throw new JavaDiscoveryError(
        `"${JAVA_HOME_SETTING}" is set to "${setting}", but ${r.reason}. ` +
          `Point "${JAVA_HOME_SETTING}" at a Java ${MIN_JAVA_MAJOR}+ installation, or clear it to use JAVA_HOME or the java on PATH.`,
        'setting',
      );
    }
    return { javaPath, version: r.version, source: 'setting' };
  }

  const rejected: string[] = [];

  // 2. JAVA_HOME.
  const javaHome = (getEnv(deps, 'JAVA_HOME') ?? '').trim();
  if (javaHome) {
    const javaPath = javaInHome(javaHome, deps.platform);
    if (!deps.isFile(javaPath)) {
      rejected.push(`JAVA_HOME is "${javaHome}", but ${javaPath} does not exist`);
    } else {
      const r = await probe(javaPath, deps);
      if (r.ok) return { javaPath, version: r.version, source: 'JAVA_HOME' };
      rejected.push(`JAVA_HOME: ${r.reason}`);
    }
  }

  // 3. java on PATH (each PATH entry in order).
  const sep = deps.platform === 'win32' ? ';' : ':';
  const seen = new Set<string>();
  for (const rawDir of (getEnv(deps, 'PATH') ?? '').split(sep)) {
    const dir = rawDir.trim().replace(/^"(.*)"$/, '$1');
    if (!dir) continue;
    const javaPath = p.join(dir, exe);
    if (seen.has(javaPath) || !deps.isFile(javaPath)) continue;
    seen.add(javaPath);
    const r = await probe(javaPath, deps);
    if (r.ok) return { javaPath, version: r.version, source: 'PATH' };
    rejected.push(`PATH: ${r.reason}`);
  }

  const why = rejected.length ? ` Checked: ${rejected.join('; ')}.` : ' Neither JAVA_HOME nor PATH has a java executable.';
  throw new JavaDiscoveryError(
    `migration-lsp needs Java ${MIN_JAVA_MAJOR} or newer and could not find it.${why} ` +
      `Install Java ${MIN_JAVA_MAJOR}+ (for example a Temurin or OpenJDK ${MIN_JAVA_MAJOR} package), or set "${JAVA_HOME_SETTING}" to its folder.`,
    'not-found',
  );
}
