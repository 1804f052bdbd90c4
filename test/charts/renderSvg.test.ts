import { describe, expect, it } from 'vitest';
import {
  addSvgAccessibility,
  escapeXml,
  renderSvg,
  specTitle,
} from '../../src/charts/renderSvg.js';
import { ratioFixture, rebasedFixture } from './fixtures/lineCharts.js';

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

describe('renderSvg output', () => {
  it('is a sized SVG with a viewBox, the title, description and legend labels', async () => {
    const svg = await renderSvg(rebasedFixture());
    expect(svg).toMatch(/^<svg [^>]*width="360" height="220" viewBox="0 0 360 220"/);
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
