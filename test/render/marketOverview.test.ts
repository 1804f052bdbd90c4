/**
 * The market overview's horizon paragraph on real dates: five sessions and the year to date, said
 * once when they are the same sessions (the year's fifth session).
 */
import { describe, expect, it } from 'vitest';
import { resolveCitations } from '../../src/render/narrative/prose.js';
import { marketOverview } from '../../src/render/narrative/marketOverview.js';
import { SourceNotes } from '../../src/render/narrative/sourceNotes.js';
import { computeStats } from '../../src/stats/computeStats.js';
import { briefInputsAt } from '../helpers/realBrief.js';
import { textOf } from '../helpers/storyAt.js';

function overviewAt(date: string): string[] {
  const { universe, series, asOf } = briefInputsAt(date);
  const stats = computeStats(universe, series, asOf);
  const notes = new SourceNotes((s) => `data/closes/${s}.csv`);
  const paragraphs = marketOverview(stats, universe, notes);
  const numbers = notes.numbering();
  return paragraphs.map((p) => textOf(resolveCitations(p.html, (id) => numbers.number(id))));
}

describe('the horizon paragraph of the market overview', () => {
  it("says the year's fifth session's figures once (2017-01-09: five sessions = the year)", () => {
    const horizon = overviewAt('2017-01-09')[1] ?? '';
    // RUT 1,357.49 / 1,357.13 (Dec 30, 2016) - 1 = +0.03%; GSPC 2,268.90 / 2,238.83 - 1 = +1.34%:
    // the same closes start both windows, so one sentence with the 1.32 pp shortfall.
    expect(horizon).toMatch(
      /^Over five sessions, the whole year so far, the Russell 2000 returned \+0\.03% against \+1\.34% for the S&P 500, a shortfall of 1\.32 pp \[\d+\]\.$/,
    );
  });

  it('gives both windows on a day when they differ (2026-01-22)', () => {
    const horizon = overviewAt('2026-01-22')[1] ?? '';
    expect(horizon).toMatch(
      /^Over five sessions the Russell 2000 returned [+-]\d+\.\d\d% against [+-]\d+\.\d\d% for the S&P 500 \[\d+\]\. Year to date it has returned [+-]\d+\.\d\d% against [+-]\d+\.\d\d%, a lead of \d+\.\d\d pp \[\d+\]\.$/,
    );
  });
});
