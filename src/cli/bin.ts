/**
 * Process entry point: the only module that touches `process` (argv, env, pid, signals, exit
 * code) and the machine (temporary folder, cores); the composition root that builds the one set
 * of real effects (realEffects.ts) every command is given.
 *
 * SIGTERM and SIGINT are handled here (puppeteer's own handlers are off): the first aborts the
 * run's signal, so no new work starts, the browser is killed and nothing half-written remains,
 * and the run exits 143 or 130. A second signal exits at once.
 *
 * Stack traces (printed only with --debug) name the src/ files and lines: the bundle's source maps
 * are read then, before the rest of the CLI is loaded, and only then (reading and parsing them,
 * about 7 MB, costs any other run some 50 ms, as `--enable-source-maps` did).
 */
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { SIGNAL_EXIT_CODES, type StopSignal } from '../errors.js';

process.env.TZ = 'UTC';
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const [{ main }, { realEffects }] = await Promise.all([
  import('./main.js'),
  import('./realEffects.js'),
]);
const io = {
  stdout: (t: string) => void process.stdout.write(t),
  stderr: (t: string) => void process.stderr.write(t),
};
// Output piped into a reader that stopped reading (`brief catch-up --list | head`): not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const stop = new AbortController();
for (const sig of Object.keys(SIGNAL_EXIT_CODES) as StopSignal[]) {
  process.on(sig, () => {
    if (stop.signal.aborted) process.exit(SIGNAL_EXIT_CODES[sig]);
    stop.abort(sig);
  });
}
/** The user's home folder, or null when there is none (no HOME and no passwd entry). */
function homeFolder(): string | null {
  try {
    return homedir() || null;
  } catch {
    return null;
  }
}

const machine = {
  env: process.env,
  pid: process.pid,
  tmpDir: tmpdir(),
  home: homeFolder(),
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  cores: availableParallelism(),
  tty: process.stderr.isTTY && !process.env.CI ? process.stderr : null,
};
const code = await main(process.argv.slice(2), io, () => realEffects(io, machine, stop.signal));
// A stopped run exits now, whatever handle (a closing socket, a timer) is still open.
if (stop.signal.aborted) process.exit(code);
process.exitCode = code;
