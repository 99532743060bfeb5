import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toServerSettings } from '../settings';

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
