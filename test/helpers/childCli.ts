/**
 * The real CLI as a child process (node with tsx on src/cli/bin.ts), for tests that send it
 * signals: its output as it comes, a wait for a line, and its exit.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO } from './cliHarness.js';

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ChildCli {
  readonly pid: number;
  /** Resolves when stdout or stderr has printed a line matching `re` (rejects if it exits first). */
  readonly waitFor: (re: RegExp) => Promise<void>;
  readonly kill: (signal: NodeJS.Signals) => void;
  readonly done: Promise<ChildExit>;
}

/** Start `brief ARGS` with extra environment (e.g. TMPDIR, where Chromium's profile goes). */
export function startCli(args: string[], env: Record<string, string> = {}): ChildCli {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'src/cli/bin.ts'), ...args],
    {
      cwd: REPO,
      env: { ...process.env, CI: '1', TZ: 'UTC', ROTATION_BRIEF_CACHE: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters])
      if (w.re.test(stdout) || w.re.test(stderr)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  child.stdout.on('data', (b: Buffer) => ((stdout += b.toString()), check()));
  child.stderr.on('data', (b: Buffer) => ((stderr += b.toString()), check()));
  const done = new Promise<ChildExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    pid: child.pid as number,
    waitFor: (re) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ re, resolve });
        check();
        void done.then((r) =>
          reject(new Error(`exited (${r.code ?? r.signal}) before ${re}:\n${r.stderr}`)),
        );
      }),
    kill: (signal) => void child.kill(signal),
    done,
  };
}
