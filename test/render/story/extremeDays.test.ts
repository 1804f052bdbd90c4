/**
 * Wording on days at the edges of history, from the bundled closes: a record one-day fall, a
 * five-session rise overtaken by an overlapping one, a sleepy index, a hurricane closure, every
 * sector moving one way, a 52-week intraday low on a day that closed up. Each sentence below was
 * checked against data/closes (the arithmetic is in the comments).
 */
import { describe, expect, it } from 'vitest';
import { movePhrase, sinceWhen } from '../../../src/render/story/phrasing.js';
import { volumeWord } from '../../../src/render/narrative/sectorProse.js';
import { builtBriefHtml } from '../../helpers/builtBrief.js';
import { renderedText } from '../../helpers/renderedText.js';
import { storyAt } from '../../helpers/storyAt.js';
import { briefInputsAt } from '../../helpers/realBrief.js';
import { computeStats } from '../../../src/stats/computeStats.js';

/** The text a reader sees in the brief of `date`, spaces collapsed. */
async function briefText(date: string): Promise<string> {
  return renderedText(await builtBriefHtml(date)).replace(/\s+/g, ' ');
}

describe('phrasing helpers', () => {
  it('signs a move whose verb has no direction', () => {
    expect(movePhrase(0.0006)).toBe('was little changed (+0.06%)');
    expect(movePhrase(-0.0009)).toBe('was little changed (-0.09%)');
    expect(movePhrase(0.0085)).toBe('rose 0.85%');
    expect(movePhrase(-0.004)).toBe('edged down 0.40%');
  });
  it('names the day for "since" under three months back, else the month', () => {
    expect(sinceWhen('1998-12-21', '1998-12-23')).toBe('December 21, 1998');
    expect(sinceWhen('2025-10-01', '2025-12-31')).toBe('October 1, 2025'); // 91 days
    expect(sinceWhen('2025-09-30', '2025-12-31')).toBe('September 2025'); // 92 days
    expect(sinceWhen('2001-01-03', '2025-04-09')).toBe('January 2001');
    expect(() => sinceWhen('2026-01-02', '2026-01-01')).toThrow(/not on or before/);
    expect(() => sinceWhen('2020-3-1', '2026-01-01')).toThrow(/not an ISO date: 2020-3-1/);
  });
});

describe('the story on extreme days', () => {
  it('2020-03-16: the Russell 2000 worst day on record leads, against every earlier day', () => {
    // RUT.csv: 8,194 rows up to 2020-03-16 (row 8,193 from 0), so 8,192 earlier one-day moves
    // (rows 1..8,192); 1,037.42 / 1,210.13 - 1 = -14.27%, and no earlier move was that large.
    const { story, lead, bottomLine } = storyAt('2020-03-16');
    expect(story.top.kind).toBe('move');
    expect(lead).toContain(
      'That is its largest one-day fall on record (data from 1987): larger than any of its 8,192 earlier one-day moves, up or down',
    );
    expect(lead).not.toMatch(/100\.0%|this fall/);
    // Both fell (RUT -14.27%, GSPC 2,386.13 / 2,711.02 - 1 = -11.98%): the winner "fell less",
    // it did not "lead"; the S&P 500's drawdown sentence gave its level, not its day, so the race
    // sentence gives it: -14.271% - (-11.984%) = -2.287 pp. The last GSPC fall larger than
    // -11.98%: 1987-10-19, 224.84 / 282.70 - 1 = -20.47%.
    expect(lead).toMatch(
      /Large caps fell less on the day: the S&P 500 plunged 11\.98% \[\d+\], its largest one-day fall since October 1987 \[\d+\], though 2\.29 percentage points \(pp\) less than the Russell 2000's fall \[\d+\]\./,
    );
    expect(bottomLine).toMatch(
      /^The Russell 2000's one-day fall was its largest on record \(data from 1987\);/,
    );
  });

  it('2025-04-09: a second index move as rare is told next, in one sentence with its rank', () => {
    // GSPC: 5,456.90 / 4,982.77 - 1 = +9.52%; the last larger one-day gain, +11.58%, was
    // 2008-10-13 (1,003.35 / 899.22 - 1).
    const { story, lead } = storyAt('2025-04-09');
    expect(story.top.headline).toMatch(/^Nasdaq Composite rises 12\.2% on the day/);
    expect(lead).toContain(
      'The S&P 500 surged 9.52% on the day, its largest one-day gain since October 2008 [3].',
    );
  });

  it('1998-12-23: a five-session rise topped by an overlapping one is ranked, not "the largest since"', () => {
    // IXIC: 2,172.54 / 2,009.36 (Dec 16) - 1 = +8.12%; the window ending Dec 21 (2,138.03 /
    // 1,966.92 - 1 = +8.70%) was larger and shares four of its sessions.
    const { lead } = storyAt('1998-12-23');
    expect(lead).toContain(
      'That is one of its largest five-session rises on record: larger than 99.3% of its 7,041 five-session moves',
    );
    expect(lead).not.toContain('since December');
  });

  it('2012-10-31: a hurricane takes no article, and a flat S&P 500 keeps its sign', () => {
    const { lead } = storyAt('2012-10-31');
    expect(lead).toContain(
      'reopened after two weekdays closed for Hurricane Sandy [1], and the S&P 500 was little changed (+0.02%) from its close of October 26, 2012',
    );
  });
});

describe('sector and watch sentences on one-way days', () => {
  it('2020-03-16: every sector fell, so none "leads"', { timeout: 60_000 }, async () => {
    const text = await briefText('2020-03-16');
    expect(text).toContain(
      'Every sector fell on the day. Falling least: Consumer Staples (-6.78%)',
    );
    expect(text).not.toContain('Leading sectors');
    // XLC (from 2018-06-19: 438 sessions with SPY) is in the sector table but too young for the
    // rotation graph's 567 sessions: the caption says so instead of silently drawing 11 funds.
    expect(text).toContain(
      'Relative strength and momentum of 11 funds against SPY (XLC left out: not enough data for the measure).',
    );
  });
  it(
    '2025-04-09: every sector rose; an intraday 52-week low on a +8.66% day says it turned',
    { timeout: 60_000 },
    async () => {
      // RUT: low 1,732.99 under the 52-week low 1,733.16 of Apr 7; close 1,913.16 / 1,760.71 - 1.
      const text = await briefText('2025-04-09');
      expect(text).toContain('Every sector rose on the day. Rising most: Technology (+13.43%)');
      expect(text).toContain('Relative strength and momentum of 12 funds against SPY. ');
      expect(text).toContain(
        'Russell 2000 touched a 52-week intraday low today, then closed up 8.66% on the day',
      );
    },
  );
});

describe('watchpoints on a crash day', () => {
  it('2020-03-16: one sentence per rule for the three indices, not three alike', async () => {
    const text = await briefText('2020-03-16');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    // Each index's 20-session and one-year volatility, as the risk table prints them.
    const { universe, series, asOf } = briefInputsAt('2020-03-16');
    const stats = computeStats(universe, series, asOf);
    const vol = ['RUT', 'GSPC', 'IXIC'].map((sym) => {
      const v = stats.series[sym]!.risk.volatility;
      const pct = (x: { value: number } | { unavailable: string }) =>
        `${(('value' in x ? x.value : NaN) * 100).toFixed(1)}%`;
      return `${stats.series[sym]!.name} ${pct(v.sessions20)} against ${pct(v.sessions252)}`;
    });
    expect(watch).toMatch(
      new RegExp(
        `Volatility is elevated \\(annualised, over 20 sessions against a year\\): ${vol[0]}; ${vol[1]}; ${vol[2]} \\[\\d+\\]\\.`,
      ),
    );
    // RUT's record close: 1,740.75 on 2018-08-31; 1,037.42 / 1,740.75 - 1 = -40.40%.
    expect(watch).toMatch(
      /In bear-market territory: Russell 2000 40\.4% below its record close of August 31, 2018 \[\d+\]; S&P 500 29\.5% below/,
    );
    expect(watch).toMatch(
      /Russell 2000, S&P 500 and Nasdaq Composite touched a 52-week intraday low today \[\d+\]\./,
    );
    for (const once of ['volatility is elevated', 'bear-market territory', 'touched a 52-week'])
      expect(watch.toLowerCase().split(once).length - 1, once).toBe(1);
  }, 60_000);
});

describe('more early and odd days', () => {
  it('1999-01-04: an index "little changed" did not "fall less"', () => {
    // RUT 421.26 / 421.96 - 1 = -0.17%; GSPC 1,228.10 / 1,229.23 - 1 = -0.09% (little changed).
    const { lead } = storyAt('1999-01-04');
    expect(lead).toContain('the S&P 500 was little changed (-0.09%)');
    expect(lead).toContain('Large caps led on the day');
    expect(lead).not.toContain('fell less');
  });

  it('2025-04-07: an index whose low turned into a gain keeps its own sentence, after the shared one', async () => {
    // Russell 2000 and S&P 500 closed down after their 52-week intraday lows; the Nasdaq
    // Composite closed up 0.10% (15,603.26 / 15,587.79 - 1).
    const text = await briefText('2025-04-07');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toMatch(
      /Russell 2000 and S&P 500 touched a 52-week intraday low today \[\d+\]\./,
    );
    expect(watch).toMatch(
      /Nasdaq Composite touched a 52-week intraday low today, then closed up 0\.10% on the day \[\d+\]\./,
    );
    // Bear market before correction, whatever index came first.
    expect(watch.indexOf('In bear-market territory')).toBeLessThan(
      watch.indexOf('correction territory'),
    );
  }, 60_000);

  it('2023-03-13: a bear market no 20% rally has ended is still one, not "correction territory"', async () => {
    // GSPC: record 4,796.56 (2022-01-03); first close 20% below it 3,749.63 (2022-06-13); low
    // 3,577.03 (2022-10-12), so 4,292.44 would end it, and the best close since is 4,179.76
    // (2023-02-02). 3,855.76 / 4,796.56 - 1 = -19.6%: under 20% deep, still in the bear market.
    const text = await briefText('2023-03-13');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toMatch(
      /S&P 500 is 19\.6% below its record close of January 3, 2022, still in the bear market it entered on June 13, 2022: a close of 4,292\.44 or more, 20% above its lowest close of 3,577\.03 on October 12, 2022, would end it \[\d+\]/,
    );
    expect(watch).not.toMatch(/correction territory[^.]*S&P 500/);
    // Bear markets by depth (the Nasdaq's, 30.3%) come first, then this one, then corrections.
    expect(watch.indexOf('bear-market territory')).toBeLessThan(watch.indexOf('still in the bear'));
    expect(watch.indexOf('still in the bear')).toBeLessThan(watch.indexOf('correction territory'));
  }, 60_000);

  it('2019-10-01: the risk text gives the bull-market high the correction rule reads', async () => {
    // RUT: record 1,740.75 (2018-08-31); low 1,266.92 (2018-12-24); 20% above it by 2019-02-12
    // (1,538.23): a bull market whose high is 1,614.98 (2019-05-06). 1,493.43 / 1,740.75 - 1 =
    // -14.2% from the record, 1,493.43 / 1,614.98 - 1 = -7.5% from the bull high: no correction.
    const text = await briefText('2019-10-01');
    expect(text).toMatch(
      /14\.2% below its record close of August 31, 2018 \[\d+\], and 7\.5% below its bull-market high of May 6, 2019 \[\d+\]\./,
    );
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toContain('None today');
    // The S&P 500's record (July 26, 2019) is its bull market's high: no second figure.
    expect(text).not.toMatch(/record close of July 26, 2019 \[\d+\], and/);
  }, 60_000);

  it('2011-09-22: the S&P 500 in a correction from its April 2011 high, not a bear market from 2007', async () => {
    // GSPC: the 2009-03-09 low of 676.53 rose 20% by 2009-03-23 (822.92, +21.6%): a bull market
    // whose high was 1,363.61 (2011-04-29); 1,129.56 / 1,363.61 - 1 = -17.2% (and / 1,565.15,
    // the 2007 record, - 1 = -27.8%). RUT's April 2011 high is its record: 643.42 / 865.29 - 1 =
    // -25.6%, a bear market.
    const text = await briefText('2011-09-22');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toMatch(
      /Russell 2000 is 25\.6% below its record close of April 29, 2011: bear-market territory \[\d+\]\./,
    );
    expect(watch).toMatch(
      /In correction territory, 10% to 20% below the bull market's high: S&P 500 17\.2% below its high of April 29, 2011 \(27\.8% below its record close of October 9, 2007, nearly four years ago\) \[\d+\]/,
    );
    // The rule is named only where the record says otherwise (27.8% is past 20%): the Russell
    // 2000's bear market, measured from its record, has no such clause.
    expect(watch).not.toMatch(/bear-market territory, /);
    expect(watch).not.toMatch(/bear-market territory: .*S&P 500/);
  }, 60_000);

  it('2025-04-03: a high just short of the record gives the gap, not the same 21.8% twice', async () => {
    // RUT 1,910.55: 21.76% below its high 2,442.03 (2024-11-25) and 21.79% below its record
    // 2,442.74 (2021-11-08), both 21.8%; the high is 2,442.03 / 2,442.74 - 1 = -0.03% short.
    const text = await briefText('2025-04-03');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toMatch(
      /Russell 2000 is 21\.8% below its high of November 25, 2024 \(a high 0\.03% short of its record close of November 8, 2021, more than three years ago\): bear-market territory \[\d+\]/,
    );
  }, 60_000);

  it('2019-02-12: a bear market rallied back to 8.6% below its high is not "bear-market territory"', async () => {
    // IXIC: record 8,109.69 (2018-08-29), low 6,192.92 (2018-12-24, -23.6%: a bear market),
    // 7,414.62 on 2019-02-12: +19.7% off the low (no 20% rally yet), 8.57% below the high;
    // 6,192.92 x 1.2 = 7,431.504, so a close of 7,431.51 (to the cent, rounded up) would end it.
    const text = await briefText('2019-02-12');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).not.toMatch(/Nasdaq Composite[^.;]*below its record close[^.;]*: bear-market/);
    expect(watch).not.toMatch(/bear-market territory[^.]*Nasdaq Composite 8\.6%/);
    // Not "territory" at 8.6% deep, but still the bear market it entered on 2018-12-21 (the first
    // close 20% below 8,109.69: 6,332.99), as stats.json's `bear` says: no 20% rally yet.
    expect(watch).toMatch(
      /Nasdaq Composite is 8\.6% below its record close of August 29, 2018, still in the bear market it entered on December 21, 2018: a close of 7,431\.51 or more, 20% above its lowest close of 6,192\.92 on December 24, 2018, would end it \[\d+\]/,
    );
  }, 60_000);

  it('2019-01-15: two indices still in bear markets share one sentence, each with its low', async () => {
    // RUT: first close 20% below 1,740.75 on 2018-12-17, lowest 1,266.92 (2018-12-24): x 1.2 =
    // 1,520.304, so 1,520.31 ends it. IXIC: 2018-12-21, lowest 6,192.92 (2018-12-24): 7,431.51.
    const text = await briefText('2019-01-15');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toMatch(
      /Still in a bear market, with no close yet 20% above its lowest close: Russell 2000 17\.0% below its record close of August 31, 2018, in one since December 17, 2018, with a lowest close of 1,266\.92 on December 24, 2018 \(a close of 1,520\.31 or more ends it\)( \[\d+\])+; Nasdaq Composite 13\.4% below its record close of August 29, 2018, in one since December 21, 2018, with a lowest close of 6,192\.92 on December 24, 2018 \(a close of 7,431\.51 or more ends it\)( \[\d+\])+\./,
    );
  }, 60_000);

  it('1990-01-10: no pairs or beta row for IWM, which starts in 2000 (the notes say why)', async () => {
    const text = await briefText('1990-01-10');
    expect(text).toContain('Russell 2000 vs Nasdaq');
    expect(text).not.toContain('IWM vs SPY');
    // data/closes/IWM.csv begins 2000-05-26 (IJR the same day, IWB on 2000-05-19: May 2000).
    expect(text).toMatch(
      /as their data begin after Jan 10, 1990: .*IJR, IWB, IWM \(May 19–26, 2000\)/,
    );
  }, 60_000);
});

describe('watchpoints near the streak record', () => {
  // RUT against GSPC (data/closes): the run that began 1996-04-16 was 11 sessions on April 30,
  // 12 on May 1 (the record then: 12 sessions to 1991-02-05) and 13 on May 2 (a record of its
  // own); on 2026-01-22 the run was 14 against the record of 16 (1996-05-07).
  it.each([
    ['2026-01-22', 'is 2 sessions from tying the record of 16 sessions (3 to break it)'],
    ['1996-04-30', 'is 1 session from tying the record of 12 sessions (2 to break it)'],
    ['1996-05-01', 'ties the record of 12 sessions, set in 1991: one more would set a new one'],
    ['1996-05-02', 'is itself the record, at 13 sessions'],
  ])(
    '%s: the streak %s',
    async (date, words) => {
      const text = await briefText(date);
      const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
      expect(watch).toMatch(
        new RegExp(
          `The Russell 2000 vs S&P 500 outperformance streak ${words.replace(/[()]/g, '\\$&')} \\[\\d+\\]\\.`,
        ),
      );
    },
    60_000,
  );
});

describe('watchpoints near the record of a second pair of indices', () => {
  it('2002-05-02: the Russell 2000 beat the Nasdaq 11 sessions in a row, a record', async () => {
    // RUT against IXIC (python over the two CSVs): 11 sessions to 2002-05-02; the longest before,
    // 9 sessions to 2002-04-12. The fund pair IWM/SPY is not watched (it mirrors the indices).
    const text = await briefText('2002-05-02');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toMatch(
      /The Russell 2000 vs Nasdaq outperformance streak is itself the record, at 11 sessions \[\d+\]\./,
    );
    expect(watch).not.toContain('IWM vs SPY');
  }, 60_000);
});

describe('the rotation graph and the risk signals in words (2026-01-22)', () => {
  it('names the funds as the subject of each quadrant, and spells out RSI at its first use', async () => {
    // The quadrants of stats.json breadth.rotation on 2026-01-22 (the golden brief's graph).
    const text = await briefText('2026-01-22');
    expect(text).toContain(
      'XLB, XLE, XLI, XLP and XLY are leading (strong and gaining); XLRE and XLU are improving (weak but gaining); XLV is weakening (strong but losing ground); XLC, XLF and XLK are lagging (weak and losing ground)',
    );
    // RUT's RSI(14) 71.5 comes first, GSPC's 52.6 second.
    expect(text).toContain('Its 14-session relative strength index (RSI) is 71.5');
    expect(text).toContain('Its 14-session RSI is 52.6');
  }, 60_000);
});

describe('the volume sentence and its note', () => {
  it('2025-04-04: the heaviest IWM trading in a year, its note spanning that year', async () => {
    // IWM.csv: 92,612,800 shares on 2025-04-04, at least every volume of the 251 sessions before
    // (the window's first session 2024-04-04), python over the CSV.
    const text = await briefText('2025-04-04');
    expect(text).toMatch(
      /times its 20-session average volume, the heaviest trading in a year \[\d+\]/,
    );
    expect(text).toContain('IWM: Apr 4, 2024 to Apr 4, 2025; the day');
  }, 60_000);
});

describe('sector and ratio sentences on ordinary days', () => {
  it('2026-01-22: "best" and "worst" sectors (the rotation graph owns "leading" and "lagging"), the gap ranked as "wider than on"', async () => {
    const text = await briefText('2026-01-22');
    expect(text).toContain(
      'Best sectors on the day: Communication Services (+1.41%), Consumer Discretionary (+1.00%), Technology (+0.74%); worst: Real Estate (-0.99%)',
    );
    // Best minus worst: +1.41% - (-0.99%) = 2.40 pp; wider than (or as wide as) on 52% of the
    // 252 sessions before (the stats' percentile 0.52..., floored).
    expect(text).toMatch(
      /The gap between the best and worst sector was 2\.40 pp, wider than on 52% of the past year's sessions \[\d+\]/,
    );
    expect(text).not.toMatch(/Leading sectors|sessions exceeded/);
  });
  it('2026-06-11: a share from 90% in tenths, as the lead prints shares ("98.8%", not "98%")', async () => {
    const text = await briefText('2026-06-11');
    // The 11 sector funds' best-minus-worst day return was 5.67 pp; 249 of the 252 sessions
    // before had a gap at most as wide: 249 / 252 = 0.98810, floored to tenths: 98.8%.
    expect(text).toMatch(
      /The gap between the best and worst sector was 5\.67 pp, wider than on 98\.8% of the past year's sessions \[\d+\]/,
    );
  });
  it('2025-11-28: a gap narrower than most says so, with the share of wider gaps', async () => {
    const text = await briefText('2025-11-28');
    // XLE +1.310% - XLV -0.486% = 1.80 pp; 56 of the 252 sessions before had a gap at most as
    // wide (0.2222), 196 a wider one: 196 / 252 = 0.7778, floored: 77%.
    expect(text).toMatch(
      /The gap between the best and worst sector was 1\.80 pp, narrower than on 77% of the past year's sessions \[\d+\]/,
    );
  });
  it('2026-07-02: a z-score under 2 never prints as "2.0" beside the rule of 2 or more', async () => {
    const text = await briefText('2026-07-02');
    // RUT/GSPC over the 252 common sessions 2025-07-02..2026-07-02: (ratio - mean) / sample sd
    // = +1.9549 (python over data/closes/RUT.csv and GSPC.csv): not stretched, so "1.95".
    expect(text).toContain(
      '1.95 standard deviations above its mean of the past year (a z-score of +1.95)',
    );
    expect(text).not.toContain('unusually stretched');
    // 2004-08-12: -2.0244 is stretched and prints to one decimal, as before.
    const y2004 = await briefText('2004-08-12');
    expect(y2004).toContain('(a z-score of -2.0), an unusually stretched reading');
  });
  it('2004-08-12: an RSI of 30.03 prints "30.03" unflagged, not "30.0" beside "30 or less"', async () => {
    // Wilder RSI(14) of IXIC from 1971-02-05 to 2004-08-12 (python over data/closes/IXIC.csv):
    // 30.0311, above 30, so not oversold; at one decimal it would read "30.0", which is.
    const text = await briefText('2004-08-12');
    expect(text).toMatch(/IXIC Nasdaq Composite [\d.]+% [\d.]+% 30\.03 /);
    expect(text).not.toContain('Nasdaq Composite RSI(14) at 30');
  });
  it('2004-08-12: the O→C caption states the rule that leaves RUT and GSPC n/a', async () => {
    // RUT.csv and GSPC.csv open at exactly the previous close on most sessions of 2003-04 (more
    // than 10% of the last 252); IXIC's opens are real, so its O→C is shown.
    const text = await briefText('2004-08-12');
    expect(text).toContain(
      "n/a where a file's opens are not trusted: more than 10% of its last 252 opens equal the previous close (filled in by a vendor), or it has no opens.",
    );
    expect(text).toMatch(/RUT Russell 2000 517\.10 -1\.81% n\/a /);
  });
  it('2024-07-03: a negative z-score with the hyphen-minus the figures use', async () => {
    const text = await briefText('2024-07-03');
    expect(text).toContain('(a z-score of -2.3)');
    // No figure with U+2212 (the label "Small − large" and the formulas keep it as an operator).
    expect(text).not.toMatch(/\u2212\d/);
  });
  it('says what the small-cap fund volume means: "about average" at 1.04x, "very light" at 0.59x', async () => {
    // IWM 2026-01-22: 35,110,800 / (mean of the 20 sessions before: 33,888,335) = 1.036;
    // 2024-07-03 (an early close): 15,167,200 / 25,537,680 = 0.594 (data/closes/IWM.csv).
    expect(await briefText('2026-01-22')).toMatch(
      /Trading in IWM \(iShares Russell 2000 ETF\) was about average: 1\.04 times its 20-session average volume \[\d+\]\./,
    );
    expect(await briefText('2024-07-03')).toMatch(
      /Trading in IWM \(iShares Russell 2000 ETF\) was very light: 0\.59 times its 20-session average volume/,
    );
    expect([1.5, 1.49, 1.2, 1.19, 0.81, 0.8, 0.61, 0.6].map(volumeWord)).toEqual([
      'heavy',
      'above average',
      'above average',
      'about average',
      'about average',
      'light',
      'light',
      'very light',
    ]);
  });
  it('2026-08-21: an empty watch list says what it looks for', async () => {
    const text = await briefText('2026-08-21');
    const watch = text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
    expect(watch).toMatch(
      /^Watchpoints None today\. The list names an index whose RSI\(14\) is 70 or more/,
    );
    expect(watch).toContain(
      'a small/large ratio 2 standard deviations or more from its one-year mean.',
    );
  });
});

describe('the early-close note', () => {
  it('2025-11-28 (1 p.m. close): the note behind "Trading ended early" names the calendar, not an empty list', async () => {
    const html = await builtBriefHtml('2025-11-28');
    const n = /Trading ended early[^<]*<a class="cite" href="#note-(\d+)">/.exec(html)?.[1];
    expect(n).toBeDefined();
    const note = new RegExp(`<li id="note-${n}">([^]*?)</li>`).exec(html)?.[1] ?? '';
    // The session before 2025-11-28 is 2025-11-26 (Thanksgiving, 11-27, closed).
    expect(note).toMatch(
      /^<strong>New York trading calendar<\/strong>: Nov 26, 2025 to Nov 28, 2025; /,
    );
    expect(html).not.toMatch(/<li id="note-\d+">:/);
  });

  it('2025-11-28: the light volume is set beside the 1 p.m. close', async () => {
    // IWM.csv: volume 18,911,800 on 2025-11-28 / 49,208,575, the mean of the 20 sessions before
    // it = 0.384.
    const text = await briefText('2025-11-28');
    expect(text).toContain(
      'was very light: 0.38 times its 20-session average volume, in a session that ended at 1 p.m.',
    );
    // A full session says nothing of the hour (2026-08-21).
    expect(await briefText('2026-08-21')).not.toMatch(/in a session that ended at/);
  });
});

describe('sector movers named by what they did', () => {
  it('2025-11-28: ten sectors rose, so the bottom three are the "weakest", not the "worst"', async () => {
    // 2025-11-26 -> 11-28: XLV 158.42 -> 157.65 = -0.486%; XLRE 41.47 -> 41.67 = +0.482%;
    // XLB 44.445 -> 44.70 = +0.574%; the top: XLE 44.64 -> 45.225 = +1.310%, XLK 141.89 ->
    // 143.11 = +0.860%, XLC 114.46 -> 115.39 = +0.813%.
    const text = await briefText('2025-11-28');
    expect(text).toContain(
      'Best sectors on the day: Energy (+1.31%), Technology (+0.86%), Communication Services (+0.81%); weakest: Health Care (-0.49%), Real Estate (+0.48%), Materials (+0.57%)',
    );
  });
});
