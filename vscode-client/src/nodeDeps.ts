// The real (Node.js) implementations of the outside-world hooks used by java.ts.
import { execFile } from 'child_process';
import * as fs from 'fs';
import { ExecResult, JavaProbeDeps } from './java';

export function runJavaVersion(javaPath: string, timeoutMs = 20000): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(javaPath, ['-version'], { timeout: timeoutMs, windowsHide: true, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({
        stdout: stdout ?? '',
        stderr: stderr ?? '',
        error: err ? (err.killed ? `timed out after ${timeoutMs} ms` : err.message) : undefined,
      });
    });
  });
}

export function nodeJavaProbeDeps(env: Record<string, string | undefined> = process.env): JavaProbeDeps {
  return {
    platform: process.platform,
    env,
    isFile(p: string): boolean {
      try {
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    },
    runJavaVersion: (p) => runJavaVersion(p),
  };
}
