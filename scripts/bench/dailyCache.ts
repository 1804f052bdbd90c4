/**
 * The parsed-series cache as the daily run meets it: yesterday's run filled it, then `fetch`
 * appended the day's row to every price file. The bench builds that state once (the data with
 * each file's last row removed, briefed for the session before), then hands every measured run
 * its own copy, so no run finds the cache a previous run left (which would be a rerun).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNode } from './runChild.js';
import type { Inputs } from './snapshot.js';

/** `text` without its last non-blank line (the text still ends with a newline). */
function withoutLastRow(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  return `${lines.slice(0, -1).join('\n')}\n`;
}

/**
 * Fill a cache from yesterday's files (today's less their last row) in `work`, by briefing the
 * session before `date` (given by the small-cap index's file) without a PDF; returns a function
 * giving a fresh copy of that cache for each run.
 */
export async function dailyCache(work: string, inputs: Inputs): Promise<() => string> {
  const yesterday = path.join(work, 'yesterday-data');
  cpSync(inputs.dataDir, yesterday, { recursive: true });
  const closes = path.join(yesterday, 'closes');
  for (const name of readdirSync(closes).filter((f) => f.endsWith('.csv'))) {
    const file = path.join(closes, name);
    writeFileSync(file, withoutLastRow(readFileSync(file, 'utf8')));
  }
  const rut = readFileSync(path.join(closes, 'RUT.csv'), 'utf8').trimEnd().split('\n');
  const session = (rut[rut.length - 1] as string).slice(0, 10);
  const primed = path.join(work, 'daily-cache');
  const args = inputs.args.map((a) => (a === inputs.dataDir ? yesterday : a));
  const out = path.join(work, 'yesterday-out');
  await runNode([inputs.brief, '--date', session, '--out', out, '--no-pdf', ...args], {
    seriesCache: primed,
  });
  if (readdirSync(primed).length === 0)
    throw new Error(`yesterday's run cached nothing in ${primed}`);
  return () => {
    const copy = mkdtempSync(path.join(work, 'daily-cache-'));
    cpSync(primed, copy, { recursive: true });
    return copy;
  };
}
