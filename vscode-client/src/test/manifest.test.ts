// Checks that package.json, the JSON schema and the code agree with each other.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_ALEMBIC_GLOBS, PROFILES, SEVERITIES } from '../settings';

const root = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'migration-lsp.schema.json'), 'utf8'));
const props = pkg.contributes.configuration.properties;
const extensionSource = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');

describe('package.json contributions', () => {
  it('declares every setting the extension reads, each with a description', () => {
    for (const key of ['java.home', 'server.vmArgs', 'profile', 'alembic.versionsGlobs', 'rules', 'trace.server']) {
      const p = props[`migrationLsp.${key}`];
      assert.ok(p, `migrationLsp.${key} missing`);
      assert.ok((p.description || p.markdownDescription || '').length > 20, `migrationLsp.${key} needs a description`);
      assert.ok('default' in p, `migrationLsp.${key} needs a default`);
    }
  });

  it('profile enum is auto, the five profiles and null', () => {
    const p = props['migrationLsp.profile'];
    assert.deepEqual(p.enum, ['auto', ...PROFILES, null]);
    assert.equal(p.enumDescriptions.length, p.enum.length);
    assert.equal(p.default, 'auto');
  });

  it('rules: every value is a severity enum, known rule ids complete', () => {
    const r = props['migrationLsp.rules'];
    assert.equal(r.type, 'object');
    assert.deepEqual(r.additionalProperties.enum, [...SEVERITIES]);
    assert.ok(Object.keys(r.properties).includes('no-float'));
    for (const [id, v] of Object.entries<{ enum: string[] }>(r.properties)) {
      assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.deepEqual(v.enum, [...SEVERITIES], id);
    }
  });

  it('trace.server is off/messages/verbose', () => {
    assert.deepEqual(props['migrationLsp.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('the settings that choose what runs are restricted in untrusted workspaces', () => {
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.sort(), [
      'migrationLsp.java.home',
      'migrationLsp.server.vmArgs',
    ]);
  });

  it('every contributed command is registered by the extension, and back', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...extensionSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(contributed, ['migrationLsp.newMigration', 'migrationLsp.restartServer', 'migrationLsp.showOutput']);
    assert.deepEqual(registered, contributed);
  });

  it('activates on SQL and on the Python files of the document selector', () => {
    assert.deepEqual(pkg.activationEvents.sort(), [
      'onLanguage:python',
      'onLanguage:sql',
      'workspaceContains:**/alembic.ini',
      'workspaceContains:**/app/role/constants.py',
      'workspaceContains:**/app/tenant/tables.py',
    ]);
    for (const pattern of ['**/app/tenant/tables.py', '**/app/role/constants.py']) {
      assert.ok(extensionSource.includes(`pattern: '${pattern}'`), `document selector lacks ${pattern}`);
    }
  });

  it('sends Python files only from the Alembic versions folders, whose default the code and manifest share', () => {
    const p = props['migrationLsp.alembic.versionsGlobs'];
    assert.deepEqual(p.default, [...DEFAULT_ALEMBIC_GLOBS]);
    for (const glob of p.default) assert.match(glob, /\/versions\/\*\.py$/);
    assert.ok(extensionSource.includes("language: 'python', pattern"), 'the Alembic entries are Python documents matched by pattern');
  });

  it('validates .migration-lsp.json with the bundled schema', () => {
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.migration-lsp.json', url: './schemas/migration-lsp.schema.json' }]);
  });

  it('the extension entry point is the compiled extension', () => {
    assert.equal(pkg.main, './out/extension.js');
    assert.ok(fs.existsSync(path.join(root, 'out', 'extension.js')));
  });
});

describe('schemas/migration-lsp.schema.json', () => {
  it('has every documented key and no others', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [
      '$schema', 'asciiColumnPatterns', 'baseBranch', 'extraActions', 'extraRoles', 'paths', 'placeholder',
      'platformAuditColumns', 'profile', 'protectedFields', 'rules', 'tenantExceptions', 'tenantSchemas',
    ]);
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties.paths.properties).sort(), ['constantsPy', 'manifest', 'migrations', 'tablesPy']);
  });

  it('profile and rule severities match the settings', () => {
    assert.deepEqual(schema.properties.profile.enum, ['auto', ...PROFILES]);
    assert.deepEqual(schema.properties.rules.additionalProperties.enum, [...SEVERITIES]);
    assert.deepEqual(Object.keys(schema.properties.rules.properties), Object.keys(props['migrationLsp.rules'].properties));
  });

  it('list settings are arrays of strings, placeholder defaults to {schema_name}', () => {
    for (const k of ['extraRoles', 'extraActions', 'asciiColumnPatterns', 'protectedFields', 'platformAuditColumns',
      'tenantSchemas', 'tenantExceptions']) {
      assert.equal(schema.properties[k].type, 'array', k);
      assert.equal(schema.properties[k].items.type, 'string', k);
    }
    assert.equal(schema.properties.placeholder.default, '{schema_name}');
  });

  it('placeholder and path patterns accept what the server accepts and refuse the rest', () => {
    const placeholder = new RegExp(schema.properties.placeholder.pattern);
    for (const ok of ['{schema_name}', '{tenant}']) assert.match(ok, placeholder);
    for (const bad of ['schema_name', '{ schema_name }', '{{schema_name}}', '{}']) assert.doesNotMatch(bad, placeholder);
    const rel = new RegExp(schema.properties.paths.properties.migrations.pattern);
    for (const ok of ['_migrations', 'db/migrations', 'supabase/migrations', 'a..b/c']) assert.match(ok, rel);
    for (const bad of ['/abs/path', 'C:/x', '../up', 'a/../../b', '\\server\\share']) assert.doesNotMatch(bad, rel);
  });
});
