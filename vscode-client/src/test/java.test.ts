import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExecResult, JavaDiscoveryError, JavaProbeDeps, findJava, parseJavaVersion } from '../java';

/** A fake machine: `javas` maps an executable path to the `java -version` text it prints. */
function fakeDeps(opts: {
  javas?: Record<string, string>;
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  failing?: Record<string, string>;
}) {
  const javas = opts.javas ?? {};
  const ran: string[] = [];
  const deps: JavaProbeDeps = {
    platform: opts.platform ?? 'linux',
    env: opts.env ?? {},
    isFile: (p) => p in javas || p in (opts.failing ?? {}),
    runJavaVersion: async (p): Promise<ExecResult> => {
      ran.push(p);
      if (opts.failing && p in opts.failing) return { stdout: '', stderr: '', error: opts.failing[p] };
      if (!(p in javas)) throw new Error(`ENOENT ${p}`);
      return { stdout: '', stderr: javas[p] };
    },
  };
  return { deps, ran };
}

const J17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n';
const J21 = 'openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)\n';
const J11 = 'openjdk version "11.0.22" 2024-01-16\n';
const J8 = 'java version "1.8.0_292"\nJava(TM) SE Runtime Environment (build 1.8.0_292-b10)\n';

describe('parseJavaVersion', () => {
  const cases: [string, string, number][] = [
    [J17, '17.0.15', 17],
    [J8, '1.8.0_292', 8],
    [J21, '21', 21],
    [J11, '11.0.22', 11],
    ['openjdk version "22-ea" 2024-03-19\n', '22-ea', 22],
    ['openjdk version "17-internal" 2021-09-14\n', '17-internal', 17],
    ['java version "9"\n', '9', 9],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF8\nopenjdk version "17.0.2" 2022-01-18\n', '17.0.2', 17],
    ['openjdk 21.0.2 2024-01-16\nOpenJDK Runtime Environment\n', '21.0.2', 21],
  ];
  for (const [out, text, major] of cases) {
    it(`reads ${JSON.stringify(text)} as major ${major}`, () => {
      assert.deepEqual(parseJavaVersion(out), { text, major });
    });
  }
  it('returns undefined for output that is not a Java version', () => {
    assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
    assert.equal(parseJavaVersion(''), undefined);
    assert.equal(parseJavaVersion('openjdk version "abc"'), undefined);
  });
});

describe('findJava', () => {
  it('uses the migrationLsp.java.home setting first, even when JAVA_HOME and PATH have Java', async () => {
    const { deps } = fakeDeps({
      javas: { '/opt/jdk21/bin/java': J21, '/jh/bin/java': J17, '/usr/bin/java': J17 },
      env: { JAVA_HOME: '/jh', PATH: '/usr/bin' },
    });
    const found = await findJava('/opt/jdk21', deps);
    assert.deepEqual(found, { javaPath: '/opt/jdk21/bin/java', version: { text: '21', major: 21 }, source: 'setting' });
  });

  it('accepts the setting pointing at the java executable itself', async () => {
    const { deps } = fakeDeps({ javas: { '/opt/jdk21/bin/java': J21 } });
    const found = await findJava('/opt/jdk21/bin/java', deps);
    assert.equal(found.javaPath, '/opt/jdk21/bin/java');
    assert.equal(found.source, 'setting');
  });

  it('expands ~ in the setting', async () => {
    const { deps } = fakeDeps({ javas: { '/home/u/jdk/bin/java': J17 }, env: { HOME: '/home/u' } });
    assert.equal((await findJava('~/jdk', deps)).javaPath, '/home/u/jdk/bin/java');
  });

  it('uses JAVA_HOME next when the setting is empty', async () => {
    const { deps, ran } = fakeDeps({
      javas: { '/jh/bin/java': J17, '/usr/bin/java': J21 },
      env: { JAVA_HOME: '/jh', PATH: '/usr/bin' },
    });
    for (const setting of [undefined, null, '', '   ']) {
      const found = await findJava(setting, deps);
      assert.equal(found.javaPath, '/jh/bin/java');
      assert.equal(found.source, 'JAVA_HOME');
      assert.equal(found.version.major, 17);
    }
    assert.ok(!ran.includes('/usr/bin/java'), 'PATH must not be probed when JAVA_HOME works');
  });

  it('uses java on PATH last', async () => {
    const { deps } = fakeDeps({ javas: { '/usr/lib/jvm/bin/java': J17 }, env: { PATH: '/usr/local/bin::/usr/lib/jvm/bin:/bin' } });
    const found = await findJava(undefined, deps);
    assert.deepEqual(found, { javaPath: '/usr/lib/jvm/bin/java', version: { text: '17.0.15', major: 17 }, source: 'PATH' });
  });

  it('falls back from a too-old JAVA_HOME to a good java on PATH', async () => {
    const { deps } = fakeDeps({ javas: { '/jdk11/bin/java': J11, '/usr/bin/java': J17 }, env: { JAVA_HOME: '/jdk11', PATH: '/usr/bin' } });
    const found = await findJava(undefined, deps);
    assert.equal(found.source, 'PATH');
    assert.equal(found.javaPath, '/usr/bin/java');
  });

  it('rejects a too-old java on PATH with an error that says what was found and what to do', async () => {
    const { deps } = fakeDeps({ javas: { '/usr/bin/java': J8 }, env: { PATH: '/usr/bin' } });
    await assert.rejects(findJava(undefined, deps), (e: unknown) => {
      assert.ok(e instanceof JavaDiscoveryError);
      assert.equal(e.kind, 'not-found');
      assert.match(e.message, /Java 1\.8\.0_292/);
      assert.match(e.message, /\/usr\/bin\/java/);
      assert.match(e.message, /Install Java 17\+/);
      assert.match(e.message, /migrationLsp\.java\.home/);
      return true;
    });
  });

  it('rejects when JAVA_HOME and PATH are both too old, naming both', async () => {
    const { deps } = fakeDeps({ javas: { '/jdk11/bin/java': J11, '/usr/bin/java': J8 }, env: { JAVA_HOME: '/jdk11', PATH: '/usr/bin' } });
    await assert.rejects(findJava('', deps), (e: unknown) => {
      assert.ok(e instanceof JavaDiscoveryError);
      assert.match(e.message, /JAVA_HOME: \/jdk11\/bin\/java is Java 11\.0\.22/);
      assert.match(e.message, /PATH: \/usr\/bin\/java is Java 1\.8\.0_292/);
      return true;
    });
  });

  it('user-set java.home that does not exist is an error naming the setting, with no fallback', async () => {
    const { deps, ran } = fakeDeps({
      javas: { '/jh/bin/java': J17, '/usr/bin/java': J17 },
      env: { JAVA_HOME: '/jh', PATH: '/usr/bin' },
    });
    await assert.rejects(findJava('/nope/jdk', deps), (e: unknown) => {
      assert.ok(e instanceof JavaDiscoveryError);
      assert.equal(e.kind, 'setting');
      assert.match(e.message, /"migrationLsp\.java\.home" is set to "\/nope\/jdk"/);
      assert.match(e.message, /no Java executable at \/nope\/jdk\/bin\/java/);
      return true;
    });
    assert.deepEqual(ran, [], 'neither JAVA_HOME nor PATH may be tried');
  });

  it('user-set java.home that is too old is an error naming the setting, with no fallback', async () => {
    const { deps, ran } = fakeDeps({
      javas: { '/jdk11/bin/java': J11, '/jh/bin/java': J17, '/usr/bin/java': J17 },
      env: { JAVA_HOME: '/jh', PATH: '/usr/bin' },
    });
    await assert.rejects(findJava('/jdk11', deps), (e: unknown) => {
      assert.ok(e instanceof JavaDiscoveryError);
      assert.equal(e.kind, 'setting');
      assert.match(e.message, /migrationLsp\.java\.home/);
      assert.match(e.message, /Java 11\.0\.22/);
      assert.match(e.message, /17 or newer/);
      return true;
    });
    assert.deepEqual(ran, ['/jdk11/bin/java']);
  });

  it('user-set java.home whose java cannot run is an error naming the setting', async () => {
    const { deps } = fakeDeps({ failing: { '/broken/bin/java': 'spawn EACCES' }, javas: { '/usr/bin/java': J17 }, env: { PATH: '/usr/bin' } });
    await assert.rejects(findJava('/broken', deps), (e: unknown) => {
      assert.ok(e instanceof JavaDiscoveryError);
      assert.equal(e.kind, 'setting');
      assert.match(e.message, /spawn EACCES/);
      return true;
    });
  });

  it('nothing found anywhere: error says to install Java 17+ or set migrationLsp.java.home', async () => {
    const { deps } = fakeDeps({ env: { PATH: '/usr/bin:/bin' } });
    await assert.rejects(findJava(undefined, deps), (e: unknown) => {
      assert.ok(e instanceof JavaDiscoveryError);
      assert.equal(e.kind, 'not-found');
      assert.match(e.message, /Install Java 17\+/);
      assert.match(e.message, /set "migrationLsp\.java\.home"/);
      assert.match(e.message, /Neither JAVA_HOME nor PATH has a java executable/);
      return true;
    });
  });

  it('reports a JAVA_HOME that points nowhere', async () => {
    const { deps } = fakeDeps({ env: { JAVA_HOME: '/gone', PATH: '' } });
    await assert.rejects(findJava(undefined, deps), /JAVA_HOME is "\/gone", but \/gone\/bin\/java does not exist/);
  });

  it('on Windows looks for java.exe and reads Path case-insensitively', async () => {
    const { deps } = fakeDeps({
      platform: 'win32',
      javas: { 'C:\\jdk17\\bin\\java.exe': J17 },
      env: { Path: 'C:\\Windows;"C:\\jdk17\\bin"' },
    });
    const found = await findJava(undefined, deps);
    assert.equal(found.javaPath, 'C:\\jdk17\\bin\\java.exe');
    assert.equal(found.source, 'PATH');
  });
});
