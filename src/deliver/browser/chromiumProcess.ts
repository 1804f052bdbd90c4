/**
 * Starting Chromium as a child process we control: its own process group
 * (so one signal reaches every helper process), DevTools over pipes (so it
 * exits when its parent dies and the pipe closes), output kept in memory
 * (so a failed start can say why).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { PipeTransport } from './pipeTransport.js';

/** How many of Chromium's last output lines are kept. */
const KEPT_LINES = 200;

/** A running (or exited) Chromium main process. */
export interface ChromiumProcess {
  readonly pid: number;
  /** The DevTools connection's transport (fd 3 and 4). */
  readonly transport: PipeTransport;
  /** Resolves when the main process has exited (never rejects). */
  readonly exited: Promise<void>;
  /** Resolves when it has exited and its stdout/stderr are closed (never rejects). */
  readonly closed: Promise<void>;
  hasExited(): boolean;
  /** "Code: 1" or "Signal: SIGKILL" once exited, else "running". */
  exitStatus(): string;
  /** The last lines Chromium wrote to stdout and stderr, oldest first. */
  output(): string[];
  /** SIGKILL the whole process group; a no-op once the main process has exited. */
  killGroup(): void;
}

function keepLines(stream: Readable | null, lines: string[]): void {
  if (stream === null) return;
  readline.createInterface({ input: stream }).on('line', (line) => {
    if (line.trim() === '') return;
    lines.push(line);
    if (lines.length > KEPT_LINES) lines.shift();
  });
}

function killGroup(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    // spawn({ detached: true }) made the child a process-group leader.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * SIGKILL what is left of the group once its leader exited: helpers
 * (zygote, renderers) that outlive the main process would otherwise be
 * orphans. The group id cannot be reused while any member is alive.
 */
function sweepGroup(pid: number | undefined): void {
  if (pid === undefined || process.platform === 'win32') return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The whole group is gone already.
  }
}

function started(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child.pid ?? 0));
    child.once('error', reject);
  });
}

/**
 * Spawn `executable` with `args` and exactly `env` (nothing inherited), in a
 * new process group, with DevTools pipes on fd 3/4 (pass
 * `--remote-debugging-pipe` in `args`). Rejects when the executable cannot
 * be started at all (ENOENT, EACCES).
 */
export async function spawnChromium(
  executable: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<ChromiumProcess> {
  const child = spawn(executable, args, {
    detached: process.platform !== 'win32',
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
  });
  // Errors after the start (a failed kill) are seen through 'exit'; without a listener they would throw.
  child.on('error', () => undefined);
  const lines: string[] = [];
  keepLines(child.stdout, lines);
  keepLines(child.stderr, lines);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      sweepGroup(child.pid);
      resolve();
    }),
  );
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const pid = await started(child);
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    pid,
    transport: new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable),
    exited,
    closed,
    hasExited,
    exitStatus: () =>
      child.signalCode !== null
        ? `Signal: ${child.signalCode}`
        : child.exitCode !== null
          ? `Code: ${child.exitCode}`
          : 'running',
    output: () => [...lines],
    killGroup: () => killGroup(child),
  };
}
