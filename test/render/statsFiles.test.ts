/**
 * stats.json and the archive's history files (src/render/statsFiles.ts): together they hold
 * every figure the single stats.json of schema 1 held for the date (less the listed omissions,
 * at 10 significant digits), the same figures give the same bytes, and stats.json stays under
 * the 100 KB of issue 15 on the two dates it names.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundNumbers } from '../../src/render/layoutJson.js';
import { stableJson } from '../../src/render/stableJson.js';
import { joinHistory, statsFiles, type HistoryRef } from '../../src/render/statsFiles.js';
import { riskCited } from '../../src/render/writtenFigures.js';
import type { BriefStats } from '../../src/stats/briefStats.js';
import { computeStats } from '../../src/stats/computeStats.js';
import { briefInputsAt } from '../helpers/realBrief.js';

const statsAt = (date: string): BriefStats => {
  const { universe, series, asOf } = briefInputsAt(date);
  return computeStats(universe, series, asOf);
};
/** The risk table's series (data/universe.json): the three indices and the two funds. */
const KEEP_RISK = new Set(['RUT', 'GSPC', 'IXIC', 'IWM', 'SPY']);
const write = (stats: BriefStats) => statsFiles(stats, KEEP_RISK);

/** The figures as the single file of schema 1 wrote them, less what stats@2 leaves out by design. */
function oldFileLessOmissions(stats: BriefStats): Record<string, any> {
  const old = JSON.parse(stableJson(stats)) as Record<string, any>;
  for (const s of Object.values<any>(old.series)) if (!KEEP_RISK.has(s.symbol)) delete s.risk;
  for (const r of Object.values<any>(old.breadth.rotation)) delete r.tail;
  for (const p of old.pairs) for (const c of p.analogs.cases ?? []) delete c.pending;
  delete old.schema;
  return roundNumbers(old) as Record<string, any>;
}

describe.each(['2026-01-22', '2026-08-21'])('stats.json and its history files on %s', (date) => {
  const stats = statsAt(date);
  const written = write(stats);
  const byName = new Map(written.history.map((f) => [f.name, f.text]));
  const read = (ref: HistoryRef) => byName.get(path.basename(ref.file)) as string;

  it('hold together what the single stats.json held', () => {
    const joined = joinHistory(written.statsJson, read);
    expect(joined.schema).toBe('rotation-brief/stats@2');
    delete joined.schema;
    expect(joined).toEqual(oldFileLessOmissions(stats));
  });

  it('keep only the year to date in stats.json; the completed years are in the history file', () => {
    const file = JSON.parse(written.statsJson);
    const gspc = stats.calendarYears.GSPC?.years ?? [];
    expect(file.calendarYears.GSPC.years).toEqual([
      roundNumbers(JSON.parse(JSON.stringify(gspc[gspc.length - 1]))),
    ]);
    const history = JSON.parse(read(file.history.calendarYears));
    // GSPC's file begins 1927-12-30: years 1927 .. 2025 are complete on a 2026 date (99 years)
    expect(history.through).toBe(2025);
    expect(history.calendarYears.GSPC.years).toHaveLength(2025 - 1927 + 1);
    expect(file.conventions).toBeUndefined();
  });

  it('name each history file by the SHA-256 of its bytes, relative to the brief folder', () => {
    const file = JSON.parse(written.statsJson);
    for (const ref of Object.values<HistoryRef>(file.history)) {
      const text = read(ref);
      const hash = createHash('sha256').update(text).digest('hex');
      expect(ref.sha256).toBe(hash);
      expect(ref.file).toMatch(
        new RegExp(`^\\.\\./\\.\\./history/[a-z0-9-]+-${hash.slice(0, 16)}\\.json$`),
      );
    }
  });

  it('stays under 100 KB (issue 15), with no line longer than 120 but a single value', () => {
    expect(Buffer.byteLength(written.statsJson)).toBeLessThan(100_000);
    const long = written.statsJson.split('\n').filter((l) => l.length > 120);
    for (const l of long) expect(l).toMatch(/^ *"[^"]+":"[^"]*",?$/); // one long string value
  });

  it("keep risk figures for the risk table's series only", () => {
    const file = JSON.parse(written.statsJson);
    const withRisk = Object.keys(file.series).filter((k) => 'risk' in file.series[k]);
    expect(withRisk.sort()).toEqual([...KEEP_RISK].sort());
    expect(riskCited(briefInputsAt(date).universe)).toEqual(KEEP_RISK);
  });

  it('give the same bytes for the same figures, computed again', () => {
    const again = write(statsAt(date));
    expect(again.statsJson).toBe(written.statsJson);
    expect(again.history).toEqual(written.history);
  });
});

describe('history files are shared', () => {
  it('two dates of one year name the same completed-years and conventions files', () => {
    const a = JSON.parse(write(statsAt('2026-01-22')).statsJson).history;
    const b = JSON.parse(write(statsAt('2026-08-21')).statsJson).history;
    expect(a).toEqual(b);
  });
});
