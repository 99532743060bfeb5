import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArgsParseError, DEFAULT_VM_ARGS, buildLaunchCommand, cdsArchivePath, splitArgs } from '../launch';

describe('splitArgs', () => {
  const cases: [string, string[]][] = [
    ['', []],
    ['   ', []],
    ['-Xmx1g', ['-Xmx1g']],
    ['  -Xmx1g   -Dfoo=bar\t-XX:+UseG1GC ', ['-Xmx1g', '-Dfoo=bar', '-XX:+UseG1GC']],
    ['-Dmsg="hello world" -Xss4m', ['-Dmsg=hello world', '-Xss4m']],
    ["-Dmsg='it is \"quoted\"'", ['-Dmsg=it is "quoted"']],
    ['"-Dpath=/opt/my jdk/lib"', ['-Dpath=/opt/my jdk/lib']],
    ['-Da="x\\"y" -Db="back\\\\slash"', ['-Da=x"y', '-Db=back\\slash']],
    ['-Dp=a\\ b', ['-Dp=a b']],
    ['-Dwin=C:\\jdk\\lib', ['-Dwin=C:\\jdk\\lib']],
    ['-Dempty="" x', ['-Dempty=', 'x']],
    ["''", ['']],
    ['a"b c"d', ['ab cd']],
    ['-Dx=1\n-Dy=2', ['-Dx=1', '-Dy=2']],
  ];
  for (const [input, expected] of cases) {
    it(`splits ${JSON.stringify(input)}`, () => {
      assert.deepEqual(splitArgs(input), expected);
    });
  }
  it('rejects unterminated quotes', () => {
    assert.throws(() => splitArgs('-Dmsg="oops'), ArgsParseError);
    assert.throws(() => splitArgs("-Dmsg='oops"), /unterminated single quote/);
  });
});

describe('buildLaunchCommand', () => {
  it('is java <default flags> -jar <jar> without vmArgs', () => {
    for (const vmArgs of [undefined, null, '', '  ']) {
      assert.deepEqual(buildLaunchCommand({ javaPath: '/usr/bin/java', vmArgs, jarPath: '/ext/server/migration-lsp.jar' }), {
        command: '/usr/bin/java',
        args: ['-Xmx160m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xlog:disable', '-Xlog:all=warning:stderr', '-jar', '/ext/server/migration-lsp.jar'],
      });
    }
  });

  it('adds the class-data sharing archive when given one', () => {
    const jar = '/ext/server/migration-lsp.jar';
    assert.equal(cdsArchivePath(jar), '/ext/server/migration-lsp.jsa');
    assert.deepEqual(buildLaunchCommand({ javaPath: 'java', jarPath: jar, cdsArchive: cdsArchivePath(jar) }).args, [
      ...DEFAULT_VM_ARGS,
      '-Xshare:auto',
      '-XX:SharedArchiveFile=/ext/server/migration-lsp.jsa',
      '-jar',
      jar,
    ]);
  });

  it('puts vmArgs after the default flags (so they win) and before -jar, split like a shell would', () => {
    const cmd = buildLaunchCommand({
      javaPath: '/opt/jdk/bin/java',
      vmArgs: '-Xmx2g -Dmigrationlsp.log="/tmp/my logs/lsp.log" -XX:+UseSerialGC',
      jarPath: '/ext dir/server/migration-lsp.jar',
    });
    assert.deepEqual(cmd, {
      command: '/opt/jdk/bin/java',
      args: [...DEFAULT_VM_ARGS, '-Xmx2g', '-Dmigrationlsp.log=/tmp/my logs/lsp.log', '-XX:+UseSerialGC', '-jar', '/ext dir/server/migration-lsp.jar'],
    });
  });

  it('reports a bad vmArgs setting by name', () => {
    assert.throws(
      () => buildLaunchCommand({ javaPath: 'java', vmArgs: '-Dx="unterminated', jarPath: 'a.jar' }),
      (e: unknown) => e instanceof ArgsParseError && /"migrationLsp\.server\.vmArgs" cannot be parsed/.test(e.message),
    );
  });

  it('refuses vmArgs that would replace the launch (-jar, -cp, -version)', () => {
    for (const bad of ['-jar other.jar', '-cp x', '-version', '-Xmx1g --class-path y']) {
      assert.throws(
        () => buildLaunchCommand({ javaPath: 'java', vmArgs: bad, jarPath: 'a.jar' }),
        (e: unknown) => e instanceof ArgsParseError && /migrationLsp\.server\.vmArgs.*only hold JVM options/.test(e.message),
        bad,
      );
    }
  });

  it('requires a java path and a jar path', () => {
    assert.throws(() => buildLaunchCommand({ javaPath: '', jarPath: 'a.jar' }), /javaPath/);
    assert.throws(() => buildLaunchCommand({ javaPath: 'java', jarPath: '' }), /jarPath/);
  });
});
