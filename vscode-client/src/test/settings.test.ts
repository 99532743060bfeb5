import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_ALEMBIC_GLOBS, alembicGlobs, toServerSettings } from '../settings';

describe('toServerSettings', () => {
  it('leaves out an automatic profile', () => {
    assert.deepEqual(toServerSettings({ profile: 'auto' }), {});
    assert.deepEqual(toServerSettings({ profile: null }), {});
    assert.deepEqual(toServerSettings({ profile: '' }), {});
    assert.deepEqual(toServerSettings({}), {});
  });
  it('passes a chosen profile and the rules map', () => {
    assert.deepEqual(toServerSettings({ profile: 'platform', rules: { 'no-float': 'warning', 'sequence-gap': 'off' } }), {
      profile: 'platform',
      rules: { 'no-float': 'warning', 'sequence-gap': 'off' },
    });
  });
  it('drops rule values that are not strings and ignores a rules value that is not an object', () => {
    assert.deepEqual(toServerSettings({ rules: { 'no-float': 3, 'prefer-datetime2': ' Hint ' } }), { rules: { 'prefer-datetime2': 'hint' } });
    assert.deepEqual(toServerSettings({ rules: ['no-float'] }), {});
    assert.deepEqual(toServerSettings({ rules: 'no-float' }), {});
  });
});

describe('alembicGlobs', () => {
  it('defaults to the alembic and Flask-Migrate versions folders', () => {
    assert.deepEqual(alembicGlobs(undefined), [...DEFAULT_ALEMBIC_GLOBS]);
    assert.deepEqual(alembicGlobs('**/versions/*.py'), [...DEFAULT_ALEMBIC_GLOBS]);
  });
  it('keeps the configured strings, trimmed, and an empty list turns it off', () => {
    assert.deepEqual(alembicGlobs([' db/revisions/*.py ', 3, '', null]), ['db/revisions/*.py']);
    assert.deepEqual(alembicGlobs([]), []);
  });
});
