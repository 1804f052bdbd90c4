/**
 * Process entry point: the only module that touches `process` (argv, env, exit code).
 */
import { main } from './main.js';
import { realEffects } from './realEffects.js';

process.env.TZ = 'UTC';
const io = {
  stdout: (t: string) => void process.stdout.write(t),
  stderr: (t: string) => void process.stderr.write(t),
};
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const tty = process.stderr.isTTY && !process.env.CI ? process.stderr : null;
process.exitCode = await main(process.argv.slice(2), io, () =>
  realEffects(io, process.env, isRoot, tty),
);
