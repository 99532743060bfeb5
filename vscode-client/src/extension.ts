import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  DocumentSelector,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { FoundJava, JavaDiscoveryError, JAVA_HOME_SETTING, findJava } from './java';
import { ArgsParseError, VM_ARGS_SETTING, buildLaunchCommand, cdsArchivePath } from './launch';
import { nodeJavaProbeDeps } from './nodeDeps';
import { alembicGlobs, toServerSettings } from './settings';

/** Client id: vscode-languageclient reads `${CLIENT_ID}.trace.server`. */
const CLIENT_ID = 'migrationLsp';
const SECTION = 'migrationLsp';
const OUTPUT_NAME = 'migration-lsp';
const SERVER_NEW_MIGRATION = 'migration-lsp.newMigration';

const ALEMBIC_GLOBS_SETTING = `${SECTION}.alembic.versionsGlobs`;

/** SQL, tables.py and constants.py, and the Python files under the Alembic versions folders only. */
export function documentSelector(alembic: readonly string[]): DocumentSelector {
  return [
    { scheme: 'file', language: 'sql' },
    { scheme: 'file', pattern: '**/app/tenant/tables.py' },
    { scheme: 'file', pattern: '**/app/role/constants.py' },
    ...alembic.map((pattern) => ({ scheme: 'file', language: 'python', pattern })),
  ];
}

function currentSelector(): DocumentSelector {
  return documentSelector(alembicGlobs(vscode.workspace.getConfiguration(SECTION).get('alembic.versionsGlobs')));
}

type ServerState = 'starting' | 'running' | 'stopped' | 'error';

class MigrationLspExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly output: vscode.OutputChannel;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** Start/stop requests run one after the other. */
  private queue: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private java: FoundJava | undefined;
  /** Things that live as long as the current client (the file watcher). */
  private clientDisposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(OUTPUT_NAME);
    this.status = vscode.window.createStatusBarItem('migrationLsp.status', vscode.StatusBarAlignment.Left, 10);
    this.status.name = 'migration-lsp server';
    this.status.command = 'migrationLsp.showOutput';
    this.setStatus('stopped', 'not started yet: opens with the first SQL migration, tables.py, constants.py or Alembic revision');
    this.status.show();
    this.disposables.push(this.output, this.status);
  }

  private log(msg: string): void {
    this.output.appendLine(`[client ${new Date().toISOString()}] ${msg}`);
  }

  setStatus(state: ServerState, detail?: string): void {
    const icon = { starting: '$(sync~spin)', running: '$(database)', stopped: '$(circle-slash)', error: '$(error)' }[state];
    this.status.text = `${icon} migration-lsp: ${state}`;
    this.status.tooltip = `migration-lsp server: ${state}${detail ? `\n${detail}` : ''}\nClick to show the output.`;
    this.status.backgroundColor = state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  get isStarted(): boolean {
    return this.client !== undefined;
  }

  /** The last start failed (no Java, bad setting, server crash on start): opening more
   *  documents does not retry (no repeated error toasts); a settings change or Restart does. */
  startFailed = false;

  /** Runs `fn` after every earlier start/stop request has finished. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  ensureStarted(): Promise<LanguageClient | undefined> {
    return this.serial(async () => {
      if (this.client && this.client.state !== State.Stopped) return this.client;
      await this.stopNow(); // a client whose server died and was not restarted
      return this.startNow();
    });
  }

  restart(): Promise<LanguageClient | undefined> {
    return this.serial(async () => {
      await this.stopNow();
      return this.startNow();
    });
  }

  stop(): Promise<void> {
    return this.serial(() => this.stopNow());
  }

  private disposeClientResources(): void {
    for (const d of this.clientDisposables.splice(0)) d.dispose();
  }

  private async stopNow(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (!c) return;
    this.stopping = true;
    try {
      if (c.state !== State.Stopped) await c.stop(5000);
    } catch (e) {
      this.log(`stopping the server: ${(e as Error).message}`);
    } finally {
      this.stopping = false;
    }
    try {
      await c.dispose();
    } catch {
      /* already stopped */
    }
    this.disposeClientResources();
    this.setStatus('stopped');
  }

  private fail(message: string, actions: { title: string; run: () => unknown }[] = []): undefined {
    this.log(`ERROR: ${message}`);
    this.setStatus('error', message);
    const buttons = [...actions, { title: 'Show Output', run: () => this.output.show(true) }];
    void vscode.window.showErrorMessage(`migration-lsp: ${message}`, ...buttons.map((b) => b.title)).then((picked) => {
      buttons.find((b) => b.title === picked)?.run();
    });
    return undefined;
  }

  private openSetting(id: string) {
    return { title: 'Open Settings', run: () => vscode.commands.executeCommand('workbench.action.openSettings', id) };
  }

  currentServerSettings(scope?: vscode.Uri) {
    const cfg = vscode.workspace.getConfiguration(SECTION, scope);
    return toServerSettings({ profile: cfg.get('profile'), rules: cfg.get('rules') });
  }

  private async startNow(): Promise<LanguageClient | undefined> {
    const client = await this.tryStart();
    this.startFailed = client === undefined;
    return client;
  }

  private async tryStart(): Promise<LanguageClient | undefined> {
    this.setStatus('starting', 'looking for Java');
    const cfg = vscode.workspace.getConfiguration(SECTION);

    const jarPath = this.context.asAbsolutePath('server/migration-lsp.jar');
    if (!fs.existsSync(jarPath)) {
      return this.fail(`the bundled server jar is missing (${jarPath}). Reinstall the extension, or rebuild it with "npm run build-server".`);
    }

    try {
      this.java = await findJava(cfg.get<string | null>('java.home'), nodeJavaProbeDeps());
    } catch (e) {
      if (e instanceof JavaDiscoveryError) {
        return this.fail(e.message, [this.openSetting(JAVA_HOME_SETTING)]);
      }
      return this.fail(`looking for Java failed: ${(e as Error).message}`);
    }
    this.log(`using Java ${this.java.version.text} from ${this.java.source === 'setting' ? JAVA_HOME_SETTING : this.java.source}: ${this.java.javaPath}`);

    let launch;
    try {
      const archive = cdsArchivePath(jarPath);
      launch = buildLaunchCommand({
        javaPath: this.java.javaPath,
        vmArgs: cfg.get<string>('server.vmArgs'),
        jarPath,
        cdsArchive: fs.existsSync(archive) ? archive : null,
      });
    } catch (e) {
      if (e instanceof ArgsParseError) return this.fail(e.message, [this.openSetting(VM_ARGS_SETTING)]);
      return this.fail((e as Error).message);
    }
    this.log(`starting: ${[launch.command, ...launch.args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);

    const alembic = alembicGlobs(cfg.get('alembic.versionsGlobs'));
    const watchers = [
      vscode.workspace.createFileSystemWatcher('**/{*.sql,tables.py,constants.py,.migration-lsp.json,DB_SCHEMA_MANIFEST.json,alembic.ini}'),
      ...alembic.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    ];
    this.clientDisposables.push(...watchers);
    const folder = vscode.workspace.workspaceFolders?.[0];
    const serverOptions: ServerOptions = {
      command: launch.command,
      args: launch.args,
      options: { cwd: folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(alembic),
      outputChannel: this.output,
      traceOutputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { settings: this.currentServerSettings() },
      // (vscode-languageclient does not dispose watchers passed here: we do, on stop)
      synchronize: { fileEvents: watchers },
      middleware: {
        workspace: {
          // The server asks for section `migrationLsp` and reads { profile?, rules? }.
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) return result;
            return result.map((value, i) => {
              const item = params.items[i];
              if (item?.section !== SECTION) return value;
              const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
              return this.currentServerSettings(scope);
            });
          },
        },
      },
    };

    // Restart a server that dies after it was running (at most 4 times in 3 minutes);
    // a server that never got running is reported once by the start() failure below.
    let everRunning = false;
    const restarts: number[] = [];
    clientOptions.errorHandler = {
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
      closed: () => {
        if (!everRunning || this.stopping) return { action: CloseAction.DoNotRestart, handled: true };
        const now = Date.now();
        restarts.push(now);
        while (restarts.length && restarts[0] < now - 3 * 60 * 1000) restarts.shift();
        if (restarts.length <= 4) {
          this.log('the server stopped unexpectedly; restarting it');
          return { action: CloseAction.Restart, handled: true };
        }
        this.fail('the server stopped 5 times in 3 minutes and will not be restarted. See the output, then run "migration-lsp: Restart Server".');
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };

    // No retry and no generic "Pending response rejected" toast: the failure is
    // reported once, with the server log pointer, after start() below.
    clientOptions.initializationFailedHandler = (error) => {
      this.log(`initialize failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    };

    const client = new LanguageClient(CLIENT_ID, 'migration-lsp', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Starting) this.setStatus('starting');
      else if (e.newState === State.Running) {
        everRunning = true;
        this.setStatus('running', this.describeJava());
      }
      else if (this.stopping) this.setStatus('stopped');
      else this.setStatus('error', 'the server stopped unexpectedly; see the output');
    });
    let startError: string | undefined;
    try {
      await client.start();
    } catch (e) {
      startError = (e as Error).message;
    }
    // start() can resolve even though initialization failed (when the server process
    // exits during `initialize`, vscode-languageclient 9 drops its start promise), so
    // the state is what counts.
    if (startError !== undefined || client.state !== State.Running) {
      this.client = undefined;
      try {
        await client.dispose();
      } catch {
        /* never started */
      }
      this.disposeClientResources();
      return this.fail(
        `the server did not start${startError ? `: ${startError}` : ' (it exited during initialization)'}. The output channel "${OUTPUT_NAME}" has the server's log.`,
      );
    }
    this.log('server is running');
    return client;
  }

  private describeJava(): string {
    return this.java ? `Java ${this.java.version.text} (${this.java.javaPath})` : '';
  }

  sendSettings(): void {
    const c = this.client;
    if (!c || c.state !== State.Running) return;
    void c
      .sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: this.currentServerSettings() } })
      .catch((e) => this.log(`sending settings: ${(e as Error).message}`));
  }

  async newMigration(): Promise<void> {
    const c = await this.ensureStarted();
    if (!c) return; // start failed; the error is already shown
    try {
      const result = await c.sendRequest(ExecuteCommandRequest.type, { command: SERVER_NEW_MIGRATION, arguments: [] });
      this.log(`${SERVER_NEW_MIGRATION} -> ${JSON.stringify(result)}`);
    } catch (e) {
      this.fail(`creating a new migration failed: ${(e as Error).message}`);
    }
  }

  showOutput(): void {
    this.output.show(true);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

let ext: MigrationLspExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const e = new MigrationLspExtension(context);
  ext = e;
  context.subscriptions.push(
    e,
    vscode.commands.registerCommand('migrationLsp.restartServer', () => e.restart()),
    vscode.commands.registerCommand('migrationLsp.showOutput', () => e.showOutput()),
    vscode.commands.registerCommand('migrationLsp.newMigration', () => e.newMigration()),
    vscode.workspace.onDidChangeConfiguration((c) => {
      if (c.affectsConfiguration(`${SECTION}.profile`) || c.affectsConfiguration(`${SECTION}.rules`)) e.sendSettings();
      const launchSetting = c.affectsConfiguration(JAVA_HOME_SETTING) || c.affectsConfiguration(VM_ARGS_SETTING);
      if (c.affectsConfiguration(ALEMBIC_GLOBS_SETTING) && e.isStarted && !launchSetting) {
        void vscode.window
          .showInformationMessage('migration-lsp: restart the server to apply the new Alembic folders?', 'Restart')
          .then((p) => (p === 'Restart' ? e.restart() : undefined));
      }
      if (launchSetting) {
        if (e.startFailed) {
          // the user is probably fixing the setting that made the start fail: try again
          void e.restart();
        } else if (e.isStarted) {
          void vscode.window
            .showInformationMessage('migration-lsp: restart the server to apply the new Java settings?', 'Restart')
            .then((p) => (p === 'Restart' ? e.restart() : undefined));
        }
      }
    }),
    // Activation on `onLanguage:python` is filtered by the document selector:
    // the server starts only for a document it serves.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!e.isStarted && !e.startFailed && vscode.languages.match(currentSelector(), doc) > 0) void e.ensureStarted();
    }),
  );

  const openMatch = vscode.workspace.textDocuments.some((d) => vscode.languages.match(currentSelector(), d) > 0);
  let wsMatch = false;
  if (!openMatch) {
    try {
      wsMatch = (await vscode.workspace.findFiles('**/{app/tenant/tables.py,app/role/constants.py,alembic.ini}', '**/node_modules/**', 1)).length > 0;
    } catch {
      wsMatch = false;
    }
  }
  if (openMatch || wsMatch) void e.ensureStarted();
}

export async function deactivate(): Promise<void> {
  if (ext) await ext.stop();
  ext = undefined;
}
