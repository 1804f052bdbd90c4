/**
 * The figure registry: one definition per family, the conventions stats.json carries, and the
 * roles read from data/universe.json (a new pair or a changed group needs no code).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAvailable } from '../../../src/model/figure.js';
import { computeStats } from '../../../src/stats/computeStats.js';
import { conventions, registeredFamilies } from '../../../src/stats/registry/registry.js';
import { runCli, REPO } from '../../helpers/cliHarness.js';
import { briefInputsAt } from '../../helpers/realBrief.js';
import { daily, scratch } from '../../helpers/scratch.js';

describe('the registry', () => {
  it('defines each family once, with a convention sentence, a unit and its series', () => {
    const fams = registeredFamilies();
    const keys = fams.map((f) => f.family.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { path: p, family: f } of fams) {
      expect(f.convention, p).toMatch(/^[a-z0-9"'].{20,}[^.]$/); // one sentence, no final period
      expect(f.title.length, p).toBeGreaterThan(2);
      expect(f.draws.length, p).toBeGreaterThan(2);
    }
    expect(fams.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'series.<SYMBOL>.day',
        'series.<SYMBOL>.risk.volatility',
        'pairs.<k>.streak',
        'breadth.sectors',
        'range',
      ]),
    );
  });

  it("stats.json carries the registry's conventions: the general rules, then one per family", () => {
    const { universe, series, asOf } = briefInputsAt('2026-01-22');
    const stats = computeStats(universe, series, asOf);
    expect(stats.conventions).toEqual(conventions());
    expect(Object.keys(stats.conventions).slice(0, 4)).toEqual([
      'units',
      'spans',
      'ties',
      'unavailable',
    ]);
    expect(stats.conventions.day).toBe(
      'close-to-close simple return over 1 session: the close on the date / the close 1 session earlier - 1',
    );
  });

  it('a figure a series cannot have yet is unavailable, never 0 (IWM on its first day)', () => {
    const { universe, series, asOf } = briefInputsAt('2000-05-26');
    const iwm = computeStats(universe, series, asOf).series.IWM;
    expect(iwm?.day).toEqual({
      unavailable: expect.stringMatching(/^IWM: 1-session return needs 2 closes/),
    });
  });
});

describe('roles come from data/universe.json', () => {
  const UNIVERSE = JSON.parse(readFileSync(path.join(REPO, 'data/universe.json'), 'utf8'));

  it('adding a pair (IJR vs IWM) adds its spreads, streak, analogs and a row in the brief, no code changed', async () => {
    const u = structuredClone(UNIVERSE);
    u.pairs.push({ small: 'IJR', large: 'IWM', label: 'S&P 600 vs Russell 2000 (IJR vs IWM)' });
    const s = scratch({ 'universe.json': JSON.stringify(u) });
    const r = await runCli(daily(s, '2026-01-22'));
    expect(r.code, r.stderr).toBe(0);
    const dir = path.join(s.out, '2026/2026-01-22');
    const stats = JSON.parse(readFileSync(path.join(dir, 'stats.json'), 'utf8'));
    const pair = stats.pairs[3];
    expect(pair).toMatchObject({ small: 'IJR', large: 'IWM' });
    // IJR and IWM on 2026-01-22 (data/closes): the day's spread is IJR's return minus IWM's
    // (each written to 10 significant digits: returns near 0.01 agree to about 1e-12)
    const day = (sym: string) => stats.series[sym].day.value as number;
    expect(pair.spreads.day.value).toBeCloseTo(day('IJR') - day('IWM'), 11);
    expect(isAvailable(pair.streak)).toBe(true);
    expect(pair.streak.historyFrom).toBe('2000-05-30'); // IWM's first return
    expect(isAvailable(pair.analogs) || pair.streak.current === 0).toBe(true);
    const html = readFileSync(path.join(dir, 'brief.html'), 'utf8');
    expect(html).toContain('<th scope="row">S&amp;P 600 vs Russell 2000 (IJR vs IWM)</th>');
  });

  it('the funds, the rotation benchmark and the sector groups are read from roles', () => {
    const { universe, series, asOf } = briefInputsAt('2026-01-22');
    const roles = {
      ...universe.roles,
      cyclicals: ['XLK'],
      defensives: ['XLU'],
      smallCapFund: 'IJR',
    };
    const stats = computeStats({ ...universe, roles }, series, asOf);
    const c = stats.breadth.sectors;
    if (!isAvailable(c) || !isAvailable(c.cyclicalMinusDefensive.day))
      throw new Error('no sectors');
    const d = (sym: string) => (stats.series[sym]?.day as { value: number }).value;
    expect(c.cyclicalMinusDefensive.day.value).toBeCloseTo(d('XLK') - d('XLU'), 14);
    expect(Object.keys(stats.calendarYears)).toContain('IJR');
    expect(Object.keys(stats.calendarYears)).not.toContain('IWM');
    expect(Object.keys(stats.breadth.rotation)).toContain('IJR');
  });
});
