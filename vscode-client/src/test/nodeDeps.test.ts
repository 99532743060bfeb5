// The real process/filesystem hooks, against fake `java` executables (shell scripts)
// in a temporary folder, so the test does not depend on the machine's Java.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { JavaDiscoveryError, findJava } from '../java';
import { nodeJavaProbeDeps, runJavaVersion } from '../nodeDeps';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlsp-java-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Makes <tmp>/<name>/bin/java print `versionLine` on stderr, like a real JDK. */
function fakeJdk(name: string, versionLine: string, mode = 0o755): string {
  const home = path.join(tmp, name);
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(home, 'bin', 'java'), `#!/bin/sh\necho '${versionLine}' >&2\necho 'OpenJDK Runtime Environment' >&2\n`, { mode });
  return home;
}

describe('nodeJavaProbeDeps (real processes)', () => {
  const jdk21 = fakeJdk('jdk21', 'openjdk version "21.0.1" 2023-10-17');
  const jdk11 = fakeJdk('jdk11', 'openjdk version "11.0.20" 2023-07-18');
  const notExecutable = fakeJdk('noexec', 'openjdk version "17.0.1"', 0o644);

  it('runs java -version and reads stderr', async () => {
    const r = await runJavaVersion(path.join(jdk21, 'bin', 'java'));
    assert.equal(r.error, undefined);
    assert.match(r.stderr, /version "21\.0\.1"/);
  });

  it('finds Java through JAVA_HOME', async () => {
    const found = await findJava(undefined, nodeJavaProbeDeps({ JAVA_HOME: jdk21, PATH: '' }));
    assert.deepEqual(found, { javaPath: path.join(jdk21, 'bin', 'java'), version: { text: '21.0.1', major: 21 }, source: 'JAVA_HOME' });
  });

  it('finds Java on PATH when JAVA_HOME is too old', async () => {
    const found = await findJava('', nodeJavaProbeDeps({ JAVA_HOME: jdk11, PATH: `${path.join(tmp, 'nope')}:${path.join(jdk21, 'bin')}` }));
    assert.equal(found.source, 'PATH');
    assert.equal(found.version.major, 21);
  });

  it('the setting wins, and a folder without bin/java is an error naming the setting', async () => {
    const deps = nodeJavaProbeDeps({ JAVA_HOME: jdk21, PATH: path.join(jdk21, 'bin') });
    assert.equal((await findJava(jdk21, deps)).source, 'setting');
    await assert.rejects(findJava(tmp, deps), (e: unknown) => e instanceof JavaDiscoveryError && e.kind === 'setting');
  });

  it('a java that cannot be executed is reported with the reason', async () => {
    await assert.rejects(findJava(notExecutable, nodeJavaProbeDeps({})), (e: unknown) => {
      assert.ok(e instanceof JavaDiscoveryError);
      assert.match(e.message, /EACCES/);
      return true;
    });
  });
});
