import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { rebasedChartSpec, type LinePoint } from '../../src/charts/rebasedChartSpec.js';
import { ratioChartSpec } from '../../src/charts/ratioChartSpec.js';
import {
  addSvgAccessibility,
  escapeXml,
  renderSvg,
  specTitle,
} from '../../src/charts/renderSvg.js';
import { seriesColor } from '../../src/charts/theme.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../golden/charts');

// Closes of the first 20 sessions of 2026 (data/closes/*.csv).
const DATES = '02 05 06 07 08 09 12 13 14 15 16 20 21 22 23 26 27 28 29 30'
  .split(' ')
  .map((d) => `2026-01-${d}`);
const CLOSES: Record<string, number[]> = {
  RUT: [
    2508.22, 2547.92, 2582.9, 2575.42, 2603.91, 2624.22, 2635.69, 2633.11, 2651.64, 2674.56,
    2677.74, 2645.36, 2698.17, 2718.77, 2669.16, 2659.67, 2666.7, 2653.55, 2654.78, 2613.74,
  ],
  GSPC: [
    6858.47, 6902.05, 6944.82, 6920.93, 6921.46, 6966.28, 6977.27, 6963.74, 6926.6, 6944.47,
    6940.01, 6796.86, 6875.62, 6913.35, 6915.61, 6950.23, 6978.6, 6978.03, 6969.01, 6939.03,
  ],
  IXIC: [
    23235.63, 23395.82, 23547.17, 23584.28, 23480.02, 23671.35, 23733.9, 23709.87, 23471.75,
    23530.02, 23515.39, 22954.32, 23224.82, 23436.02, 23501.24, 23601.36, 23817.1, 23857.45,
    23685.12, 23461.82,
  ],
};
const LABELS: Record<string, string> = {
  RUT: 'Russell 2000',
  GSPC: 'S&P 500',
  IXIC: 'Nasdaq Composite',
};

function rebasedFixture(): TopLevelSpec {
  const points: LinePoint[] = Object.entries(CLOSES).flatMap(([sym, closes]) =>
    closes.map((c, i) => ({
      date: DATES[i] ?? '',
      series: LABELS[sym] ?? sym,
      value: (c / (closes[0] ?? 1)) * 100,
    })),
  );
  const colors = Object.fromEntries(
    Object.keys(CLOSES).map((s) => [LABELS[s] ?? s, seriesColor(s)]),
  );
  return rebasedChartSpec({
    title: 'Small caps vs large caps, rebased to 100',
    description:
      'Russell 2000 up 4.2%, S&P 500 up 1.2%, Nasdaq Composite up 1.0% over 20 sessions to Jan 30, 2026.',
    points,
    colors,
  });
}

/** 252 synthetic weekday sessions to 2026-01-30 with a smooth ratio and two moving averages. */
function ratioFixture(): TopLevelSpec {
  const days: string[] = [];
  for (let t = Date.UTC(2026, 0, 30); days.length < 451; t -= 86_400_000) {
    if (new Date(t).getUTCDay() % 6 !== 0) days.unshift(new Date(t).toISOString().slice(0, 10));
  }
  const all = days.map((date, i) => ({
    date,
    value: 0.36 + 0.012 * Math.sin(i / 23) + 0.004 * Math.cos(i / 3.7),
  }));
  const ma = (k: number) =>
    all.slice(k - 1).map((p, i) => ({
      date: p.date,
      value: all.slice(i, i + k).reduce((s, q) => s + q.value, 0) / k,
    }));
  return ratioChartSpec({
    title: 'Russell 2000 / S&P 500 close ratio, last 252 sessions',
    description: 'The ratio closed at 0.366, above its 200-day average.',
    points: all.slice(-252),
    color: seriesColor('RUT'),
    movingAverages: [
      { label: '50-day average', points: ma(50) },
      { label: '200-day average', points: ma(200) },
    ],
  });
}

/** Compares with the golden file, or rewrites it when UPDATE_GOLDEN=1. */
function expectGolden(name: string, svg: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`missing golden ${file}: run with UPDATE_GOLDEN=1`);
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, svg);
  }
  expect(
    svg === readFileSync(file, 'utf8'),
    `${name} differs from golden (UPDATE_GOLDEN=1 to accept)`,
  ).toBe(true);
}

/** Runs `fn` with the process time zone set to `tz`, then restores it. */
async function inTimeZone<T>(tz: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    return await fn();
  } finally {
    process.env.TZ = saved;
  }
}

describe('renderSvg goldens', () => {
  it('rebased chart matches test/golden/charts/rebased.svg', async () => {
    expectGolden('rebased.svg', await renderSvg(rebasedFixture()));
  });

  it('ratio chart matches test/golden/charts/ratio.svg', async () => {
    expectGolden('ratio.svg', await renderSvg(ratioFixture()));
  });
});

describe('renderSvg output', () => {
  it('is a sized SVG with a viewBox, the title, description and legend labels', async () => {
    const svg = await renderSvg(rebasedFixture());
    expect(svg).toMatch(/^<svg [^>]*width="680" height="260" viewBox="0 0 680 260"/);
    expect(svg).toContain('role="img" aria-label="Small caps vs large caps, rebased to 100"');
    expect(svg).toContain('<title>Small caps vs large caps, rebased to 100</title>');
    expect(svg).toContain('<desc>Russell 2000 up 4.2%, S&#38;P 500 up 1.2%');
    for (const label of ['Russell 2000', 'S&amp;P 500', 'Nasdaq Composite'])
      expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toMatch(/font-size="(\d|10)(\.\d+)?px"/);
  });

  it('ratio chart shows its legend and the latest value', async () => {
    const svg = await renderSvg(ratioFixture());
    for (const label of ['RUT/GSPC', '50-day average', '200-day average'])
      expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('<tspan>Jan</tspan><tspan x="0" dy="13">2026</tspan>');
    expect(svg).toMatch(/>0\.3\d\d<\/text>/);
  });

  it('gives byte-identical output for the same spec, and leaves the spec unchanged', async () => {
    const spec = ratioFixture();
    const before = JSON.stringify(spec);
    const [a, b] = [await renderSvg(spec), await renderSvg(spec)];
    expect(a === b).toBe(true);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('labels 2026-01-02 as Jan 2 even in New York (no UTC-midnight shift)', async () => {
    const utc = await renderSvg(rebasedFixture());
    const ny = await inTimeZone('America/New_York', async () => {
      expect(new Date(2026, 0, 2).getTimezoneOffset()).toBe(300);
      return renderSvg(rebasedFixture());
    });
    for (const svg of [utc, ny]) {
      expect(svg).toContain('<tspan>Jan 2</tspan><tspan x="0" dy="13">2026</tspan>');
      expect(svg).not.toMatch(/>(Jan 1|Dec 31)</);
    }
    expect(ny === utc).toBe(true);
  });
});

describe('accessibility helpers', () => {
  it('escapes XML in title and description', () => {
    const svg = addSvgAccessibility('<svg width="1"><g/></svg>', 'A<B & "C"', "it's");
    expect(svg).toBe(
      '<svg width="1" role="img" aria-label="A&#60;B &#38; &#34;C&#34;"><title>A&#60;B &#38; &#34;C&#34;</title><desc>it&#39;s</desc><g/></svg>',
    );
    expect(escapeXml('plain')).toBe('plain');
  });

  it('reads the title from a string, lines or title parameters', () => {
    const base = { mark: 'point', data: { values: [] } } as const;
    expect(specTitle({ ...base, title: 'T' })).toBe('T');
    expect(specTitle({ ...base, title: ['A', 'B'] })).toBe('A B');
    expect(specTitle({ ...base, title: { text: 'P' } })).toBe('P');
    expect(specTitle(base)).toBe('');
  });
});
