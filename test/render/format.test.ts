import { describe, expect, it } from 'vitest';
import { rsiFlagged } from '../../src/stats/rsi.js';
import { zStretched } from '../../src/stats/ratioZScore.js';
import {
  formatBasisPoints,
  formatBeside,
  formatPercentPair,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPoints,
  ordinal,
} from '../../src/model/format.js';

describe('format', () => {
  it('prints two different returns set side by side differently', () => {
    // 1996-04-29: RUT 347.83 -> 348.22 = +0.1121%, GSPC 653.46 -> 654.16 = +0.1071%: both
    // "+0.11%" at two decimals, told apart at three.
    expect(formatPercentPair(348.22 / 347.83 - 1, 654.16 / 653.46 - 1)).toEqual([
      '+0.112%',
      '+0.107%',
    ]);
    expect(formatPercentPair(0.0076, 0.0055)).toEqual(['+0.76%', '+0.55%']);
    // Equal values print alike at two decimals; never more than four.
    expect(formatPercentPair(0.001, 0.001)).toEqual(['+0.10%', '+0.10%']);
    expect(formatPercentPair(0.0011111, 0.0011112)).toEqual(['+0.1111%', '+0.1111%']);
  });
  it('prints a figure on the same side of its rule as the figure itself', () => {
    // RSI: flagged at 70 or more, 30 or less. 69.96 rounds to "70.0", which a reader would flag:
    // one more decimal. 70.003 and 29.97 round onto their own side ("70.0" >= 70, "30.0" <= 30).
    expect(formatBeside(69.96, rsiFlagged)).toBe('69.96');
    expect(formatBeside(70.003, rsiFlagged)).toBe('70.0');
    expect(formatBeside(29.97, rsiFlagged)).toBe('30.0');
    expect(formatBeside(30.031, rsiFlagged)).toBe('30.03');
    expect(formatBeside(54.75, rsiFlagged)).toBe('54.8');
    // z-scores: stretched at |z| >= 2. 1.9549 -> "2.0" would read stretched: "1.95"; 1.9996 needs
    // four places ("2.000" is still 2); -2.024 is stretched and prints "-2.0".
    expect(formatBeside(1.9549, zStretched)).toBe('1.95');
    expect(formatBeside(1.9996, zStretched)).toBe('1.9996');
    expect(formatBeside(-2.024, zStretched)).toBe('-2.0');
    // Never past four places, whatever the rule.
    expect(formatBeside(1.99999, zStretched)).toBe('2.0000');
  });

  it('signed percent with two decimals', () => {
    expect(formatPercent(0.0135)).toBe('+1.35%');
    expect(formatPercent(-0.0072)).toBe('-0.72%');
    expect(formatPercent(0)).toBe('0.00%');
    // -0.00001 rounds to -0.00: shown unsigned, never "-0.00%"
    expect(formatPercent(-0.00001)).toBe('0.00%');
    expect(formatPercent(0.123456, 1)).toBe('+12.3%');
  });
  it('basis points and percentage points of a spread', () => {
    expect(formatBasisPoints(0.0045)).toBe('+45 bp');
    expect(formatBasisPoints(-0.01234)).toBe('-123 bp');
    expect(formatBasisPoints(1.5)).toBe('+15,000 bp');
    expect(formatPoints(0.0125)).toBe('+1.25 pp');
  });
  it('thousands separators whatever the machine locale', () => {
    expect(formatNumber(2718.77)).toBe('2,718.77');
    expect(formatNumber(6913.35)).toBe('6,913.35');
    expect(formatNumber(23436.0)).toBe('23,436.00');
    expect(formatNumber(1234567.891, 0)).toBe('1,234,568');
  });
  it('long dates without a time-zone shift', () => {
    expect(formatLongDate('2026-01-22')).toBe('January 22, 2026');
    expect(formatLongDate('2026-01-01')).toBe('January 1, 2026');
    expect(() => formatLongDate('2026-1-22')).toThrow(/not an ISO date/);
  });
  it('refuses NaN and Infinity instead of printing them', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(/cannot format NaN/);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(/cannot format Infinity/);
  });
  it('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
    expect(ordinal(1221)).toBe('1,221st');
    expect([0].map(ordinal)).toEqual(['0th']);
  });
});

describe('the sign helper: a figure that prints as zero takes no colour', () => {
  it('is flat under half a basis point, up or down from it', async () => {
    const Handlebars = (await import('handlebars')).default;
    const { registerHelpers } = await import('../../src/render/helpers.js');
    const hb = Handlebars.create();
    registerHelpers(hb);
    const t = hb.compile('{{sign x}}');
    // 0.00004 prints "0 bp" / "0.00%"; 0.00005 prints "1 bp" / "+0.01%" (round half up).
    expect([0, 0.00004, -0.00004, 0.00005, -0.00006].map((x) => t({ x }))).toEqual([
      'flat',
      'flat',
      'flat',
      'up',
      'down',
    ]);
    expect(t({ x: { unavailable: 'no data' } })).toBe('na');
  });
});
