#!/usr/bin/env node
// Puts the server jar into vscode-client/server/migration-lsp.jar, where the extension
// (and the .vsix) expects it.
//
//   node scripts/build-server.js          copy $MIGRATION_LSP_JAR if set, else build with
//                                         `mvn -q -f ../pom.xml package -DskipTests` and copy
//                                         ../server/target/migration-lsp.jar
//   node scripts/build-server.js --check  only verify that the bundled jar is there (used by
//                                         vscode:prepublish, so `vsce package` never ships without it)
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const clientDir = path.resolve(__dirname, '..');
const repoDir = path.resolve(clientDir, '..');
const dest = path.join(clientDir, 'server', 'migration-lsp.jar');

function fail(msg) {
  console.error(`build-server: ERROR: ${msg}`);
  process.exit(1);
}

function checkJar(p, what) {
  let fd;
  try {
    fd = fs.openSync(p, 'r');
  } catch (e) {
    fail(`${what} ${p} does not exist (${e.code || e.message})`);
  }
  const magic = Buffer.alloc(4);
  fs.readSync(fd, magic, 0, 4, 0);
  fs.closeSync(fd);
  if (magic.toString('binary') !== 'PK\u0003\u0004') fail(`${what} ${p} is not a jar (zip) file`);
  return fs.statSync(p).size;
}

if (process.argv.includes('--check')) {
  if (!fs.existsSync(dest)) fail(`${dest} is missing: run "npm run build-server" first (set MIGRATION_LSP_JAR to use a prebuilt jar)`);
  const size = checkJar(dest, 'bundled jar');
  console.log(`build-server: bundled jar OK (${dest}, ${(size / 1024 / 1024).toFixed(1)} MiB)`);
  process.exit(0);
}

let src;
if (process.env.MIGRATION_LSP_JAR) {
  src = path.resolve(process.env.MIGRATION_LSP_JAR);
  console.log(`build-server: using MIGRATION_LSP_JAR=${src}`);
} else {
  const pom = path.join(repoDir, 'pom.xml');
  if (!fs.existsSync(pom)) fail(`${pom} not found; set MIGRATION_LSP_JAR to a built migration-lsp.jar`);
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const args = ['-q', '-f', pom, 'package', '-DskipTests'];
  console.log(`build-server: ${mvn} ${args.join(' ')}`);
  const r = spawnSync(mvn, args, { stdio: 'inherit', cwd: clientDir, shell: process.platform === 'win32' });
  if (r.error) fail(`could not run ${mvn}: ${r.error.message} (install Maven, or set MIGRATION_LSP_JAR to a built jar)`);
  if (r.status !== 0) fail(`${mvn} exited with ${r.status}`);
  src = path.join(repoDir, 'server', 'target', 'migration-lsp.jar');
}
const size = checkJar(src, 'server jar');
fs.mkdirSync(path.dirname(dest), { recursive: true });
fs.copyFileSync(src, dest);
console.log(`build-server: copied ${src} -> ${dest} (${(size / 1024 / 1024).toFixed(1)} MiB)`);
