#!/usr/bin/env node
// End-to-end test of the packaged extension in a real VS Code (code-server) driven by
// headless Debian chromium through playwright-core.
//
//   node scripts/e2e.js [--scenario quickfix|commands|bad-java-home|python-filter] [path/to/migration-lsp.vsix]
//                                                     (defaults: quickfix, ./migration-lsp.vsix)
//
// Scenario `quickfix` (the main one):
// 1. copies ../examples/platform to a fresh run folder (the repo is never touched),
// 2. installs the .vsix into a fresh code-server extensions dir and starts code-server,
// 3. opens _migrations/2026_2_3_1.sql and waits for `no-float` in the Problems panel,
// 4. puts the cursor on FLOAT (line 5), presses Ctrl+. and picks the DECIMAL(18,4) quick fix,
// 5. saves with Ctrl+S and checks the file on disk now has `AMOUNT DECIMAL(18,4) NULL`.
// Scenario `bad-java-home`: user setting migrationLsp.java.home points at a folder that does
// not exist; the extension must not crash: the status bar says "migration-lsp: error" and an
// error notification names the setting.
// Scenario `commands`: once the server runs, clicking the status bar item shows the output
// channel (with the client's "using Java" line); F1 "migration-lsp: Restart Server" restarts it
// (a second "server is running" in the output, status back to running); F1 "migration-lsp: New
// Migration" creates the next migration file (a new _migrations/YYYY_N_SEQ_REV.sql on disk) and
// opens it in an editor.
// Scenario `python-filter`: in a workspace without tables.py/constants.py, opening an unrelated
// .py file activates the extension (onLanguage:python) but must not start the server (status
// "stopped" for 8 s); opening a .sql file then starts it ("running", no-float reported).
// Screenshots: $E2E_ROOT/shots/<scenario>-pass.png or <scenario>-fail.png (+ quickfix-problems.png).
// Exit code 0 = pass, 1 = fail (the message says which step), 2 = setup missing.
//
// Environment: E2E_ROOT (/tmp/mlsp-vscode-e2e, made by scripts/e2e-setup.sh), PORT (a free
// one), CHROMIUM (/usr/bin/chromium), DIAG_TIMEOUT_MS (120000: server start + first
// diagnostics), E2E_TIMEOUT_MS (300000: whole run), KEEP_RUN_DIR=1 to keep the run folder.
'use strict';

const fs = require('fs');
const path = require('path');
const http = require('http');
const net = require('net');
const { spawn, spawnSync } = require('child_process');

const CLIENT_DIR = path.resolve(__dirname, '..');
const REPO_DIR = path.resolve(CLIENT_DIR, '..');
const E2E_ROOT = process.env.E2E_ROOT || '/tmp/mlsp-vscode-e2e';
const CODE_SERVER = process.env.CODE_SERVER || path.join(E2E_ROOT, 'cs/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DIAG_TIMEOUT_MS = Number(process.env.DIAG_TIMEOUT_MS || 120000);
const E2E_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 300000);
const SHOTS = path.join(E2E_ROOT, 'shots');

const EXAMPLE = path.join(REPO_DIR, 'examples', 'platform');
const REL_FILE = '_migrations/2026_2_3_1.sql';
const LINE = 5; // `    AMOUNT FLOAT NULL,`
const BEFORE = 'AMOUNT FLOAT NULL';
const AFTER = 'AMOUNT DECIMAL(18,4) NULL';
const RULE = 'no-float';
const FIX_TEXT = 'DECIMAL(18,4)';
const BAD_JAVA_HOME = '/nonexistent/jdk-17';
const PY_FILE = 'report_tool.py';

const t0 = Date.now();
const log = (...a) => console.log(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Failure extends Error {
  constructor(msg, code = 1) {
    super(msg);
    this.exitCode = code;
  }
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.on('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** All files under `dir` whose name matches `re`. */
function findFiles(dir, re, out = []) {
  let entries = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, re, out);
    else if (re.test(e.name)) out.push(p);
  }
  return out;
}

/** Scenario bad-java-home: a clear error, no crash. */
async function checkBadJavaHome(page, settingsFile) {
  const want = `"migrationLsp.java.home" is set to "${BAD_JAVA_HOME}"`;
  let status = '';
  let toasts = '';
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    const sb = await page.locator('.part.statusbar').innerText().catch(() => '');
    status = (sb.split('\n').find((l) => l.includes('migration-lsp')) || '').trim();
    toasts = await textOf(page, '.notifications-toasts');
    if (/migration-lsp: error/.test(status) && toasts.includes(want)) break;
    await sleep(250);
  }
  log(`status bar: ${status || '(no migration-lsp item)'}`);
  log(`notifications:\n----\n${toasts.trim()}\n----`);
  if (!/migration-lsp: error/.test(status)) throw new Failure(`status bar should say "migration-lsp: error", it says: ${status || '(nothing)'}`);
  if (!toasts.includes(want)) throw new Failure(`no error notification containing: ${want}`);
  if (!/Open Settings/.test(toasts)) throw new Failure('the error notification should offer "Open Settings"');

  // Fixing the setting (as the user would in settings.json) starts the server without a reload.
  const javaOnPath = (process.env.PATH || '').split(':').map((d) => path.join(d, 'java')).find((p) => fs.existsSync(p));
  if (!javaOnPath) throw new Failure('no java on PATH to fix the setting with', 2);
  const goodHome = path.dirname(path.dirname(fs.realpathSync(javaOnPath)));
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  settings['migrationLsp.java.home'] = goodHome;
  // through the editor, as a user would (code-server does not notice outside writes to it)
  await runCommand(page, 'Preferences: Open User Settings (JSON)');
  const tab = await (async () => {
    for (const until = Date.now() + 15000; Date.now() < until; await sleep(250)) {
      const t = await activeTabLabel(page);
      if (/settings\.json/i.test(t)) return t;
    }
    return '';
  })();
  if (!tab) throw new Failure('"Preferences: Open User Settings (JSON)" did not open settings.json');
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  // Find/Replace (Ctrl+H) the bad folder with the good one, replace all, save
  await page.keyboard.press('Control+H');
  const findInput = page.locator('.editor-group-container.active .find-widget textarea[aria-label="Find"]');
  const replaceInput = page.locator('.editor-group-container.active .find-widget textarea[aria-label="Replace"]');
  await findInput.waitFor({ state: 'visible', timeout: 10000 });
  await findInput.fill(BAD_JAVA_HOME);
  await replaceInput.fill(goodHome);
  await sleep(300);
  await replaceInput.press('Control+Alt+Enter');
  await sleep(300);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+S');
  for (const until = Date.now() + 15000; Date.now() < until; await sleep(250)) {
    try {
      if (JSON.parse(fs.readFileSync(settingsFile, 'utf8'))['migrationLsp.java.home'] === goodHome) break;
    } catch {
      /* mid-write or not JSON yet */
    }
  }
  let saved;
  try {
    saved = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch (e) {
    throw new Failure(`the edited settings.json is not valid JSON: ${fs.readFileSync(settingsFile, 'utf8')}`);
  }
  if (saved['migrationLsp.java.home'] !== goodHome) throw new Failure(`settings.json was not saved with the new java.home: ${JSON.stringify(saved)}`);
  log(`set migrationLsp.java.home to ${goodHome} in the user settings.json (editor + Ctrl+S)`);
  for (const until = Date.now() + DIAG_TIMEOUT_MS; Date.now() < until; ) {
    status = await statusText(page);
    if (/migration-lsp: running/.test(status)) break;
    await sleep(250);
  }
  if (!/migration-lsp: running/.test(status)) throw new Failure(`after fixing migrationLsp.java.home the server should start; status bar: ${status}`);
  log(`after fixing the setting: ${status}`);
}

/** The migration-lsp status bar item's text, '' when there is none. */
async function statusText(page) {
  const sb = await textOf(page, '.part.statusbar');
  return (sb.split('\n').find((l) => l.includes('migration-lsp')) || '').trim();
}

/** Scenario python-filter. */
async function checkPythonFilter(page, openFile) {
  await openFile(`tools/${PY_FILE}`);
  let status = '';
  for (const until = Date.now() + 30000; Date.now() < until && !(status = await statusText(page)); ) await sleep(250);
  if (!/migration-lsp: stopped/.test(status)) {
    throw new Failure(`after opening ${PY_FILE} the extension should be active with the server stopped; status bar: ${status || '(no item: not activated)'}`);
  }
  log(`after opening ${PY_FILE}: ${status}`);
  for (const until = Date.now() + 8000; Date.now() < until; ) {
    status = await statusText(page);
    if (!/migration-lsp: stopped/.test(status)) throw new Failure(`a plain Python file must not start the server; status bar: ${status}`);
    await sleep(250);
  }
  log(`still stopped 8 s later`);
  await openFile(REL_FILE);
  for (const until = Date.now() + DIAG_TIMEOUT_MS; Date.now() < until && !/migration-lsp: (running|error)/.test((status = await statusText(page))); ) await sleep(250);
  if (!/migration-lsp: running/.test(status)) throw new Failure(`opening ${REL_FILE} should start the server; status bar: ${status}`);
  log(`after opening ${path.basename(REL_FILE)}: ${status}`);
  await page.keyboard.press('Control+Shift+M');
  let problems = '';
  for (const until = Date.now() + DIAG_TIMEOUT_MS; Date.now() < until && !(problems = await textOf(page, '.markers-panel')).includes(RULE); ) await sleep(250);
  if (!problems.includes(RULE)) throw new Failure(`the server started but ${RULE} did not appear in the Problems panel:\n${problems}`);
  log(`Problems panel shows ${RULE}`);
}

/** Runs a command from the command palette (F1) by its title. */
async function runCommand(page, title) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
    await input.fill(`>${title}`);
    const found = await page
      .waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title.replace(/"/g, '\\"')}"]`, { timeout: 10000 })
      .then(() => true, () => false);
    if (found) {
      await page.keyboard.press('Enter');
      log(`ran "${title}"`);
      return;
    }
    log(`attempt ${attempt}: the command "${title}" is not in the command palette`);
    await page.keyboard.press('Escape');
  }
  throw new Failure(`the command "${title}" is not in the command palette`);
}

/** Scenario commands: status bar -> output, restart, new migration. */
async function checkCommands(page, ws) {
  const statusOf = async () => {
    const sb = await page.locator('.part.statusbar').innerText().catch(() => '');
    return (sb.split('\n').find((l) => l.includes('migration-lsp')) || '').trim();
  };
  let status = '';
  const deadline = Date.now() + DIAG_TIMEOUT_MS;
  while (Date.now() < deadline && !/migration-lsp: (running|error)/.test((status = await statusOf()))) await sleep(250);
  log(`status bar: ${status}`);
  if (!/migration-lsp: running/.test(status)) throw new Failure(`the server is not running; status bar: ${status || '(nothing)'}`);
  const sqlFiles = () => new Set(findFiles(ws, /\.sql$/).map((f) => path.relative(ws, f)));
  const before = sqlFiles();


  // status bar item -> output channel
  const item = page.locator('.part.statusbar .statusbar-item', { hasText: 'migration-lsp:' }).first();
  await item.click();
  const outputText = () => textOf(page, '.part.panel .view-lines');
  let out = '';
  for (const until = Date.now() + 15000; Date.now() < until && !/using Java \d/.test(out); ) {
    out = (await outputText()).replace(/\u00a0/g, ' ');
    if (!/using Java \d/.test(out)) await sleep(250);
  }
  if (!/using Java \d/.test(out)) throw new Failure(`clicking the status bar item did not show the migration-lsp output; panel shows:\n${out || '(nothing)'}`);
  log(`status bar click shows the output channel: ${out.split('\n').find((l) => /using Java/.test(l)).trim()}`);

  // restart
  const runningLines = (t) => (t.match(/server is running/g) || []).length;
  const before1 = runningLines(out);
  await runCommand(page, 'migration-lsp: Restart Server');
  for (const until = Date.now() + DIAG_TIMEOUT_MS; Date.now() < until; ) {
    out = (await outputText()).replace(/\u00a0/g, ' ');
    status = await statusOf();
    if (runningLines(out) > before1 && /migration-lsp: running/.test(status)) break;
    await sleep(250);
  }
  if (!(runningLines(out) > before1)) throw new Failure(`after "Restart Server" the output shows no new "server is running"; output:\n${out}`);
  if (!/migration-lsp: running/.test(status)) throw new Failure(`after "Restart Server" the status bar says: ${status}`);
  log(`restarted: output has "server is running" ${runningLines(out)} times, status bar: ${status}`);
  // the restarted server gets the open document again: its diagnostics come back
  await page.keyboard.press('Control+Shift+M');
  let problemsText = '';
  for (const until = Date.now() + DIAG_TIMEOUT_MS; Date.now() < until; ) {
    problemsText = await textOf(page, '.markers-panel');
    if (problemsText.includes(RULE)) break;
    await sleep(250);
  }
  if (!problemsText.includes(RULE)) throw new Failure(`after "Restart Server" the Problems panel does not show ${RULE} again:\n${problemsText || '(empty)'}`);
  log(`after the restart the Problems panel shows ${RULE} again`);

  // new migration
  await runCommand(page, 'migration-lsp: New Migration');

  let added = [];
  let activeTab = '';
  let lastState = '';
  const until = Date.now() + 30000;
  while (Date.now() < until) {
    added = [...sqlFiles()].filter((f) => !before.has(f));
    activeTab = await activeTabLabel(page);
    if (added.length === 1 && activeTab.includes(path.basename(added[0]))) break;
    const state = `new files ${JSON.stringify(added)}, active tab ${activeTab}`;
    if (state !== lastState) log((lastState = state));
    await sleep(250);
  }
  const toasts = await textOf(page, '.notifications-toasts');
  if (added.length !== 1) {
    throw new Failure(`expected exactly one new .sql file, found ${JSON.stringify(added)}${toasts.trim() ? `; notifications: ${toasts.trim()}` : ''}`);
  }
  const rel = added[0];
  log(`new file on disk: ${rel}; active editor tab: ${activeTab}`);
  if (!/^_migrations\/\d{4}_\d+_\d+_\d+\.sql$/.test(rel.split(path.sep).join('/'))) {
    throw new Failure(`the new migration ${rel} is not a _migrations/YYYY_N_SEQ_REV.sql file`);
  }
  if (!activeTab.includes(path.basename(rel))) throw new Failure(`the new migration ${rel} was not opened in the editor (active tab: ${activeTab || 'none'})`);
  return rel;
}

/** innerText of the first element matching `selector`, '' when there is none (never waits). */
function textOf(page, selector) {
  return page.evaluate((sel) => (document.querySelector(sel) || {}).innerText || '', selector).catch(() => '');
}

/** aria-label of the active editor's tab, '' when none (never waits). */
function activeTabLabel(page) {
  return page
    .evaluate(() => {
      const tab = document.querySelector('.editor-group-container.active .tabs-container .tab.active');
      return (tab && tab.getAttribute('aria-label')) || '';
    })
    .catch(() => '');
}

function tail(text, lines) {
  return text.split('\n').slice(-lines).join('\n');
}

async function main() {
  const argv = process.argv.slice(2);
  let scenario = 'quickfix';
  const si = argv.indexOf('--scenario');
  if (si >= 0) {
    scenario = argv[si + 1];
    argv.splice(si, 2);
  }
  if (!['quickfix', 'bad-java-home', 'commands', 'python-filter'].includes(scenario)) {
    throw new Failure(`unknown --scenario ${scenario} (quickfix, commands, bad-java-home or python-filter)`, 2);
  }
  const shot = (what) => path.join(SHOTS, `${scenario}-${what}.png`);
  log(`scenario ${scenario}`);
  const vsix = path.resolve(argv[0] || path.join(CLIENT_DIR, 'migration-lsp.vsix'));
  for (const [what, p, hint] of [
    ['vsix', vsix, 'run "npm run build-server && npm run package"'],
    ['example workspace', path.join(EXAMPLE, REL_FILE), 'the repo checkout is incomplete'],
    ['code-server', CODE_SERVER, 'run scripts/e2e-setup.sh'],
    ['chromium', CHROMIUM, 'run scripts/e2e-setup.sh'],
  ]) {
    if (!fs.existsSync(p)) throw new Failure(`${what} not found: ${p} (${hint})`, 2);
  }
  let chromium;
  try {
    ({ chromium } = require(require.resolve('playwright-core', { paths: [CLIENT_DIR] })));
  } catch (e) {
    throw new Failure(`playwright-core not installed in ${CLIENT_DIR} (run npm ci): ${e.message}`, 2);
  }
  const repoFile = path.join(EXAMPLE, REL_FILE);
  const repoTextBefore = fs.readFileSync(repoFile, 'utf8');
  if (!repoTextBefore.split('\n')[LINE - 1].includes(BEFORE)) {
    throw new Failure(`${repoFile} line ${LINE} no longer reads "${BEFORE}"; the test needs updating`, 2);
  }
  const col = repoTextBefore.split('\n')[LINE - 1].indexOf('FLOAT') + 1;

  // ---- fresh per-run state, the workspace is a copy. Old run folders: keep the 4 newest,
  // and any touched in the last 15 minutes (another run may be using it) ----
  const runsDir = path.join(E2E_ROOT, 'runs');
  if (fs.existsSync(runsDir)) {
    const old = fs.readdirSync(runsDir).sort();
    for (const d of old.slice(0, Math.max(0, old.length - 4))) {
      const p = path.join(runsDir, d);
      try {
        if (Date.now() - fs.statSync(p).mtimeMs > 15 * 60 * 1000) fs.rmSync(p, { recursive: true, force: true });
      } catch {
        /* removed meanwhile */
      }
    }
  }
  const runDir = path.join(E2E_ROOT, 'runs', `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  const dirs = {
    ws: path.join(runDir, 'ws', 'platform'),
    ud: path.join(runDir, 'user-data'),
    ext: path.join(runDir, 'extensions'),
    xdg: path.join(runDir, 'xdg'),
    browser: path.join(runDir, 'browser-profile'),
  };
  for (const [k, d] of Object.entries(dirs)) if (k !== 'ws') fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.dirname(dirs.ws), { recursive: true });
  fs.cpSync(EXAMPLE, dirs.ws, { recursive: true });
  if (scenario === 'python-filter') {
    // no app/tenant/tables.py or app/role/constants.py (they would start the server at
    // once), but an unrelated Python file
    fs.rmSync(path.join(dirs.ws, 'app'), { recursive: true, force: true });
    fs.mkdirSync(path.join(dirs.ws, 'tools'), { recursive: true });
    fs.writeFileSync(path.join(dirs.ws, 'tools', PY_FILE), 'print("not a migration")\n');
  }
  const wsFile = path.join(dirs.ws, REL_FILE);
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const f of ['pass', 'fail', 'problems']) fs.rmSync(shot(f), { force: true });

  const port = Number(process.env.PORT || (await freePort()));
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  fs.mkdirSync(path.join(dirs.ud, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.ud, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'workbench.enableExperiments': false,
        'workbench.tips.enabled': false,
        'files.autoSave': 'off',
        'editor.lightbulb.enabled': 'on',
        // the JSON-RPC trace helps when quickfix fails; the commands scenario reads the output view
        'migrationLsp.trace.server': scenario === 'quickfix' ? 'verbose' : 'off',
        ...(scenario === 'bad-java-home' ? { 'migrationLsp.java.home': BAD_JAVA_HOME } : {}),
      },
      null,
      2,
    ),
  );
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
  };
  const csCommon = ['--config', config, '--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext];
  const serverLog = path.join(runDir, 'code-server.log');

  let server;
  let context;
  let page;
  let passed = false;
  const report = () => {
    // The extension's output channel (client log, server stderr, JSON-RPC trace) lives
    // in the user-data-dir's log folder as "N-migration-lsp.log".
    const outs = findFiles(path.join(dirs.ud, 'logs'), /migration-lsp\.log$/);
    for (const f of outs) {
      // drop the JSON-RPC trace blocks ("[Trace - ...]" + params, up to a blank line): keep the
      // client's log, the server's stderr and the errors
      let inTrace = false;
      const kept = fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => {
          if (line.startsWith('[Trace')) return !(inTrace = true);
          if (inTrace && (/^(\s|$|Params:|Result:|No result returned|[{}\]]|\[$)/.test(line))) return false;
          inTrace = false;
          return true;
        })
        .join('\n');
      log(`output channel "migration-lsp" without the JSON-RPC trace (${f}), last 60 lines:\n${tail(kept, 60)}`);
    }
    if (!outs.length) log('no "migration-lsp" output channel log found (the extension may not have activated)');
    if (fs.existsSync(serverLog)) log(`code-server log, last 25 lines:\n${tail(fs.readFileSync(serverLog, 'utf8'), 25)}`);
  };
  const cleanup = async () => {
    if (context) await context.close().catch(() => {});
    if (server && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {}
      for (let i = 0; i < 50 && server.exitCode === null; i++) await sleep(100);
      if (server.exitCode === null) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {}
      }
    }
    if (process.env.KEEP_RUN_DIR === '1' || !passed) log(`run folder kept: ${runDir}`);
    else fs.rmSync(runDir, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error(`[e2e] FAIL: the whole run took longer than ${E2E_TIMEOUT_MS} ms`);
    const done = () => process.exit(1);
    (page ? page.screenshot({ path: shot('fail') }).catch(() => {}) : Promise.resolve())
      .then(() => report())
      .then(cleanup)
      .then(done, done);
  }, E2E_TIMEOUT_MS);

  try {
    // ---- 1. install the extension ----
    log(`installing ${vsix}`);
    const inst = spawnSync(CODE_SERVER, [...csCommon, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120000 });
    const instOut = `${inst.stdout || ''}${inst.stderr || ''}`;
    if (inst.status !== 0 || !/successfully installed/i.test(instOut)) {
      throw new Failure(`installing the vsix into code-server failed (rc=${inst.status}):\n${instOut}`, 2);
    }
    log(instOut.trim().split('\n').pop());

    // ---- 2. code-server on 127.0.0.1 ----
    if (await portInUse(port)) throw new Failure(`port ${port} on 127.0.0.1 is already in use; set PORT=...`, 2);
    const logFd = fs.openSync(serverLog, 'w');
    server = spawn(
      CODE_SERVER,
      [...csCommon, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', dirs.ws],
      { env, stdio: ['ignore', logFd, logFd], detached: true },
    );
    const base = `http://127.0.0.1:${port}`;
    let up = false;
    for (let i = 0; i < 300 && !up && server.exitCode === null; i++) {
      up = (await httpStatus(`${base}/healthz`)) === 200;
      if (!up) await sleep(100);
    }
    if (!up) throw new Failure(`code-server did not come up:\n${fs.readFileSync(serverLog, 'utf8')}`, 2);
    log(`code-server is up on ${base}`);

    // ---- 3. browser ----
    context = await chromium.launchPersistentContext(dirs.browser, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1600, height: 1000 },
      env: { ...env, HOME: process.env.HOME || '/root' },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-crash-reporter', '--disable-breakpad'],
    });
    page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (e) => log('pageerror:', e.message));
    const url = `${base}/?folder=${encodeURIComponent(dirs.ws)}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60000 });
    await page
      .waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 })
      .catch(() => log('warning: explorer rows not seen'));
    log('workbench loaded');

    // ---- 4. open a file with Quick Open (falls back to the URL payload) ----
    const openFile = async (rel) => {
      const baseName = path.basename(rel);
      const tabSel = `.tabs-container .tab[aria-label*="${baseName}"]`;
      let opened = false;
      for (let attempt = 1; attempt <= 3 && !opened; attempt++) {
        await page.locator('.monaco-workbench').click({ position: { x: 800, y: 500 } }).catch(() => {});
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10000 }).catch(() => {});
        await input.fill(rel);
        await page
          .waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${baseName}"]`, { timeout: 15000 })
          .catch(() => log(`attempt ${attempt}: no quick-open result`));
        await page.keyboard.press('Enter');
        opened = await page.waitForSelector(tabSel, { timeout: 10000 }).then(() => true, () => false);
        if (!opened) await page.keyboard.press('Escape');
      }
      if (!opened) {
        log('quick open failed, opening through the URL payload');
        const fileUri = `vscode-remote://127.0.0.1:${port}${path.join(dirs.ws, rel)}`;
        await page.goto(`${url}&payload=${encodeURIComponent(JSON.stringify([['openFile', fileUri]]))}`, { waitUntil: 'domcontentloaded' });
        opened = await page.waitForSelector(tabSel, { timeout: 30000 }).then(() => true, () => false);
      }
      if (!opened) throw new Failure(`could not open ${rel} in the editor`);
      log(`opened ${rel}`);
    };

    if (scenario === 'python-filter') {
      await checkPythonFilter(page, openFile);
      await page.screenshot({ path: shot('pass') });
      log(`screenshot: ${shot('pass')}`);
      passed = true;
      log('PASS: a plain Python file activates the extension without starting the server; the first SQL file starts it');
      return;
    }
    await openFile(REL_FILE);

    if (scenario === 'bad-java-home') {
      await checkBadJavaHome(page, path.join(dirs.ud, 'User', 'settings.json'));
      await page.screenshot({ path: shot('pass') });
      log(`screenshot: ${shot('pass')}`);
      passed = true;
      log(`PASS: with migrationLsp.java.home=${BAD_JAVA_HOME} the status bar shows the error and a notification names the setting; fixing the setting starts the server`);
      return;
    }

    if (scenario === 'commands') {
      const created = await checkCommands(page, dirs.ws);
      await page.screenshot({ path: shot('pass') });
      log(`screenshot: ${shot('pass')}`);
      passed = true;
      log(`PASS: status bar shows the output, Restart Server restarts, New Migration created and opened ${created}`);
      return;
    }

    // ---- 5. Problems panel shows no-float ----
    const problems = page.locator('.markers-panel').first();
    for (let attempt = 1; attempt <= 3 && !(await problems.isVisible().catch(() => false)); attempt++) {
      await page.keyboard.press('Control+Shift+M');
      await problems.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
    }
    if (!(await problems.isVisible().catch(() => false))) {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>View: Focus on Problems View');
      await sleep(500);
      await page.keyboard.press('Enter');
      await problems.waitFor({ state: 'visible', timeout: 10000 }).catch(() => {});
    }
    if (!(await problems.isVisible().catch(() => false))) throw new Failure('the Problems panel could not be opened');
    const mlspStatus = async () => {
      const sb = await page.locator('.part.statusbar').innerText().catch(() => '');
      return (sb.split('\n').find((l) => l.includes('migration-lsp')) || '(no migration-lsp status bar item)').trim();
    };
    let text = '';
    let status = '';
    let errorSince = 0;
    const deadline = Date.now() + DIAG_TIMEOUT_MS;
    while (Date.now() < deadline) {
      text = await problems.innerText().catch(() => '');
      if (text.includes(RULE)) break;
      status = await mlspStatus();
      // The extension reports a server that cannot start as "migration-lsp: error";
      // give it 20 s to recover (it restarts crashed servers) before failing early.
      if (/migration-lsp: error/.test(status)) {
        errorSince = errorSince || Date.now();
        if (Date.now() - errorSince > 20000) break;
      } else errorSince = 0;
      await sleep(250);
    }
    status = await mlspStatus();
    log(`status bar: ${status}`);
    if (!text.includes(RULE)) {
      throw new Failure(
        `"${RULE}" did not appear in the Problems panel${errorSince ? ' (the status bar says the server is in error)' : ` within ${DIAG_TIMEOUT_MS} ms`}. ` +
          `Status bar: ${status}. Panel text:\n${text.trim() || '(empty)'}`,
      );
    }
    log(`Problems panel shows ${RULE}:\n----\n${text.trim().split('\n').slice(0, 40).join('\n')}\n----`);
    if (!/migration-lsp: running/.test(status)) throw new Failure(`status bar item should say "migration-lsp: running", it says: ${status}`);
    await page.screenshot({ path: shot('problems') });

    // ---- 6. cursor on FLOAT, Ctrl+. , pick the DECIMAL(18,4) fix ----
    const baseName = path.basename(REL_FILE);
    const editor = page.locator('.editor-group-container.active .monaco-editor').first();
    await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
    let atFloat = false;
    for (let attempt = 1; attempt <= 3 && !atFloat; attempt++) {
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
      // Ctrl+G opens Quick Open with the ':' (go to line) prefix; keep it
      await input.fill(`:${LINE}:${col}`);
      await sleep(200);
      await page.keyboard.press('Enter');
      await sleep(300);
      const sb = await page.locator('.part.statusbar').innerText().catch(() => '');
      const activeTab = await activeTabLabel(page);
      atFloat = sb.includes(`Ln ${LINE}, Col ${col}`) && (activeTab || '').includes(baseName);
      if (!atFloat) log(`attempt ${attempt}: cursor not at Ln ${LINE}, Col ${col} of ${baseName} (active tab: ${activeTab}; status bar: ${sb.replace(/\n/g, ' | ')})`);
    }
    if (!atFloat) throw new Failure(`could not put the cursor on FLOAT at line ${LINE}, column ${col}`);
    log(`cursor at Ln ${LINE}, Col ${col} (on FLOAT)`);

    const actionRows = page.locator('.action-widget .monaco-list-row');
    let fixRow;
    for (let attempt = 1; attempt <= 4 && !fixRow; attempt++) {
      if (attempt <= 2) {
        await page.keyboard.press('Control+.');
      } else {
        // fall back to the command palette's "Quick Fix..." command
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').fill('>Quick Fix...');
        await sleep(500);
        await page.keyboard.press('Enter');
      }
      const rowsSeen = await actionRows.first().waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
      if (!rowsSeen) {
        log(`attempt ${attempt}: no code action menu`);
        await page.keyboard.press('Escape');
        continue;
      }
      // the menu fills in as providers answer
      const menuDeadline = Date.now() + 10000;
      while (!fixRow && Date.now() < menuDeadline) {
        const texts = await actionRows.allInnerTexts();
        const i = texts.findIndex((t) => t.includes(FIX_TEXT));
        if (i >= 0) fixRow = actionRows.nth(i);
        else await sleep(250);
      }
      const all = (await actionRows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      log(`attempt ${attempt}: code actions offered: ${JSON.stringify(all)}`);
      if (!fixRow) await page.keyboard.press('Escape');
    }
    if (!fixRow) throw new Failure(`no quick fix mentioning "${FIX_TEXT}" was offered on FLOAT (line ${LINE})`);
    const fixTitle = (await fixRow.innerText()).replace(/\s+/g, ' ').trim();
    // Pick it with the keyboard, as a user would (the menu's pointer block makes
    // synthetic clicks flaky): arrow down until it is focused, then Enter.
    const rowCount = await actionRows.count();
    for (let i = 0; i <= rowCount && !/\bfocused\b/.test((await fixRow.getAttribute('class')) || ''); i++) {
      await page.keyboard.press('ArrowDown');
      await sleep(100);
    }
    if (!/\bfocused\b/.test((await fixRow.getAttribute('class')) || '')) throw new Failure(`could not select the quick fix "${fixTitle}" in the menu`);
    await page.keyboard.press('Enter');
    log(`applied quick fix: ${fixTitle}`);

    // ---- 7. the editor shows the change; save; the file on disk has it ----
    const lines = editor.locator('.view-lines');
    const norm = (s) => s.replace(/\u00a0/g, ' ');
    const editDeadline = Date.now() + 10000;
    let edText = '';
    while (Date.now() < editDeadline) {
      edText = norm(await lines.innerText().catch(() => ''));
      if (edText.includes(AFTER)) break;
      await sleep(200);
    }
    if (!edText.includes(AFTER)) throw new Failure(`after the quick fix the editor does not show "${AFTER}":\n${edText}`);
    log(`editor shows "${AFTER}"`);
    await page.keyboard.press('Control+S');
    let disk = '';
    const saveDeadline = Date.now() + 15000;
    while (Date.now() < saveDeadline) {
      disk = fs.readFileSync(wsFile, 'utf8');
      if (disk.includes(AFTER)) break;
      await sleep(200);
    }
    if (!disk.includes(AFTER)) throw new Failure(`after Ctrl+S, ${wsFile} does not contain "${AFTER}"; line ${LINE} is: ${disk.split('\n')[LINE - 1]}`);
    if (disk.includes(BEFORE)) throw new Failure(`${wsFile} still contains "${BEFORE}"`);
    const changed = disk.split('\n').map((l, i) => [i + 1, l, repoTextBefore.split('\n')[i]]).filter(([, a, b]) => a !== b);
    if (changed.length !== 1 || changed[0][0] !== LINE) {
      throw new Failure(`the quick fix should change exactly line ${LINE}; changed lines: ${JSON.stringify(changed)}`);
    }
    log(`saved file line ${LINE} on disk: "${disk.split('\n')[LINE - 1]}"`);
    if (fs.readFileSync(repoFile, 'utf8') !== repoTextBefore) throw new Failure(`the repository file ${repoFile} was modified`);

    // Observation only (the server decides when to re-analyse): does no-float go away?
    const gone = await (async () => {
      const d = Date.now() + 15000;
      while (Date.now() < d) {
        if (!(await problems.innerText().catch(() => '')).includes(RULE)) return true;
        await sleep(250);
      }
      return false;
    })();
    log(gone ? `${RULE} is gone from the Problems panel after the fix` : `note: ${RULE} still listed in the Problems panel 15 s after the fix`);

    await page.screenshot({ path: shot('pass') });
    log(`screenshot: ${shot('pass')}`);
    passed = true;
    log(`PASS: ${RULE} shown in the Problems panel and the quick fix "${fixTitle}" turned line ${LINE} into "${AFTER}"`);
  } catch (e) {
    if (page) {
      await page.screenshot({ path: shot('fail') }).catch(() => {});
      log(`screenshot: ${shot('fail')}`);
    }
    report();
    throw e;
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[e2e] FAIL: ${e instanceof Failure ? e.message : e && e.stack ? e.stack : e}`);
    process.exit(e instanceof Failure ? e.exitCode : 1);
  },
);
