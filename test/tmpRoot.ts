/**
 * Vitest global setup: every test run gets its own temporary folder, removed when the run ends.
 * Tests make their scratch folders with `mkdtemp(os.tmpdir() + ...)` and many leave them (a
 * brief's output, a Chromium profile, a fake archive): about 180 folders and 1.1 GB a run,
 * which piled up in the machine's /tmp. Pointing TMPDIR at one folder per run (the workers
 * inherit it, and os.tmpdir() reads it) keeps them together and throws them away at the end;
 * a run that is killed leaves that one folder. Its name is short: Chromium's singleton socket
 * goes three folders below it, and a Unix socket's path has at most 107 bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const before = process.env['TMPDIR'];
  const root = mkdtempSync(path.join(tmpdir(), 'rb-tests-'));
  process.env['TMPDIR'] = root;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
