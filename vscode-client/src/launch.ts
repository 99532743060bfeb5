// Building the server's launch command. Pure module: no `vscode` import, no I/O.

export const VM_ARGS_SETTING = 'migrationLsp.server.vmArgs';

export class ArgsParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgsParseError';
  }
}

/**
 * Splits a command-line string into arguments the way a POSIX shell would for
 * words: whitespace separates; '...' is literal; "..." groups and honours \" and \\;
 * outside quotes a backslash escapes a space, a quote or a backslash. A backslash
 * before any other character is kept (so Windows paths like C:\jdk\x survive).
 * No globbing, no variables. Throws ArgsParseError on an unterminated quote.
 */
export function splitArgs(input: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  const s = input ?? '';
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) {
        out.push(cur);
        cur = '';
        inWord = false;
      }
      i++;
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new ArgsParseError(`unterminated single quote at position ${i + 1} in: ${s}`);
      cur += s.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let closed = false;
      while (j < s.length) {
        const d = s[j];
        if (d === '\\' && (s[j + 1] === '"' || s[j + 1] === '\\')) {
          cur += s[j + 1];
          j += 2;
        } else if (d === '"') {
          closed = true;
          j++;
          break;
        } else {
          cur += d;
          j++;
        }
      }
      if (!closed) throw new ArgsParseError(`unterminated double quote at position ${i + 1} in: ${s}`);
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < s.length && /[\s"'\\]/.test(s[i + 1])) {
      cur += s[i + 1];
      inWord = true;
      i += 2;
    } else {
      cur += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

/**
 * The JVM flags every launcher starts the server with (the same in server/bin/migration-lsp, which
 * says what each is for): a heap cap with the serial collector, C1 alone, and JVM warnings kept off stdout.
 */
export const DEFAULT_VM_ARGS: readonly string[] = ['-Xmx160m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xlog:disable', '-Xlog:all=warning:stderr'];

/** The class-data sharing archive mvn package builds next to a jar: `x.jar` -> `x.jsa`. */
export function cdsArchivePath(jarPath: string): string {
  return jarPath.replace(/\.jar$/, '') + '.jsa';
}

export interface LaunchCommand {
  command: string;
  args: string[];
}

/**
 * `java [DEFAULT_VM_ARGS...] [archive flags] [vmArgs...] -jar <jar>`: the user's vmArgs come last,
 * so they win; the archive flags when `cdsArchive` (a file that exists) is given. Throws
 * ArgsParseError (mentioning the setting) when vmArgs cannot be parsed or would take over the
 * launch (-jar, -cp, -version…).
 */
export function buildLaunchCommand(opts: {
  javaPath: string;
  vmArgs?: string | null;
  jarPath: string;
  cdsArchive?: string | null;
}): LaunchCommand {
  if (!opts.javaPath) throw new Error('javaPath is required');
  if (!opts.jarPath) throw new Error('jarPath is required');
  let vmArgs: string[];
  try {
    vmArgs = splitArgs(opts.vmArgs ?? '');
  } catch (e) {
    throw new ArgsParseError(`"${VM_ARGS_SETTING}" cannot be parsed: ${(e as Error).message}`);
  }
  const forbidden = vmArgs.find((a) => /^(-jar|-cp|-classpath|--class-path|-version|--version|-help|--help|-\?)$/.test(a));
  if (forbidden) {
    throw new ArgsParseError(
      `"${VM_ARGS_SETTING}" must only hold JVM options (such as -Xmx1g or -Dkey=value); "${forbidden}" would replace the server launch. Remove it.`,
    );
  }
  const archive = opts.cdsArchive ? ['-Xshare:auto', `-XX:SharedArchiveFile=${opts.cdsArchive}`] : [];
  return { command: opts.javaPath, args: [...DEFAULT_VM_ARGS, ...archive, ...vmArgs, '-jar', opts.jarPath] };
}
