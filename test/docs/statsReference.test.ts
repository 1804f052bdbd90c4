/**
 * docs/stats-json.md is generated from the figure registry: it must be current (regenerate with
 * `npm run docs`), and it must document every field a real stats.json has.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statsReference } from '../../scripts/docs/statsReference.js';
import { computeStats } from '../../src/stats/computeStats.js';
import { REPO } from '../helpers/cliHarness.js';
import { briefInputsAt } from '../helpers/realBrief.js';

const DOC = path.join(REPO, 'docs/stats-json.md');
const generated = statsReference();

/** Documented paths as patterns: placeholders match one segment, [] an index. */
function documentedPatterns(md: string): RegExp[] {
  const paths = new Set<string>();
  let section = '';
  for (const line of md.split('\n')) {
    const head = /^##+ `([^`]+)`/.exec(line);
    if (head) section = head[1] as string;
    const row = /^\| `([^`]+)` \| ([^|]*)\|/.exec(line);
    if (!row) continue;
    // Rows before the first `path` heading (top level, shapes) are paths from the root.
    const full = section ? `${section}.${row[1]}` : (row[1] as string);
    paths.add(full);
    if (/\[\]/.test(row[2] as string)) paths.add(`${full}[]`); // elements of a list of values
    if (/\b(Change|Spread|DatedClose|Streak|CloseRun)\b/.test(row[2] as string))
      paths.add(`${full}.*`);
  }
  // A family whose value is a shape (Change, ...) is documented by the shape's fields.
  for (const s of md.matchAll(/^### `([^`]+)`[^\n]*\n\n[^\n]*\n\nValue: ([^.]*)\./gm)) {
    paths.add(s[1] as string);
    if (/\b(Change|Spread|DatedClose|Streak|CloseRun)\b/.test(s[2] as string))
      paths.add(`${s[1]}.*`);
  }
  return [...paths].map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/[.$^+(){}|\\]/g, (c) => (c === '.' ? '\\.' : `\\${c}`))
          .replace(/\\\.\*$/, '\\..+')
          .replace(/<[A-Za-z]+>/g, '[^.]+')
          .replace(/\[\]/g, '\\.\\d+')}(\\.unavailable)?$`,
      ),
  );
}

function leafPaths(x: unknown, prefix = ''): string[] {
  if (x === null || typeof x !== 'object') return [prefix];
  return Object.entries(x).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('docs/stats-json.md', () => {
  it("is the registry's reference as generated (run `npm run docs` after changing the registry)", () => {
    expect(readFileSync(DOC, 'utf8')).toBe(generated);
  });

  it.each(['2026-01-22', '2008-10-10', '1996-05-07'])(
    'documents every field of a real stats.json (%s)',
    (date) => {
      const { universe, series, asOf } = briefInputsAt(date);
      const stats = computeStats(universe, series, asOf, { from: '1995-01-03', to: asOf.date });
      const patterns = documentedPatterns(generated);
      const undocumented = leafPaths(stats)
        .filter((p) => !p.startsWith('conventions.') && !/^excluded\.\d+\./.test(p))
        .filter((p) => !patterns.some((re) => re.test(p)));
      expect(undocumented).toEqual([]);
    },
  );
});
