/**
 * The brief.html of a real date, built once per test file by the CLI from the bundled data
 * (`--no-pdf`, into a folder of the run's TMPDIR).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO, runCli } from './cliHarness.js';

const built = new Map<string, Promise<string>>();

async function build(date: string): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'brief-built-'));
  const args = ['--date', date, '--data', path.join(REPO, 'data'), '--out', out, '--no-pdf'];
  const r = await runCli(args);
  if (r.code !== 0) throw new Error(`brief --date ${date} exited ${r.code}`);
  return readFileSync(path.join(out, date.slice(0, 4), date, 'brief.html'), 'utf8');
}

/** The HTML brief of `date`, built by `brief --date DATE --no-pdf` on the first call. */
export function builtBriefHtml(date: string): Promise<string> {
  if (!built.has(date)) built.set(date, build(date));
  return built.get(date) as Promise<string>;
}
