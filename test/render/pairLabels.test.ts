import { describe, expect, it } from 'vitest';
import { builtBriefHtml } from '../helpers/builtBrief.js';

describe('the pairs table labels', () => {
  it('break at "vs" only: each index name keeps its words together (no "S&P / 500")', async () => {
    const html = await builtBriefHtml('2013-12-18');
    const rows = [...html.matchAll(/<table class="figures" id="t-pairs">[\s\S]*?<\/table>/g)]
      .flatMap((t) => [...t[0].matchAll(/<th scope="row">([^<]*)<\/th>/g)])
      .map((m) => m[1] as string);
    expect(rows).toEqual([
      'Russell\u00a02000 vs S&amp;P\u00a0500',
      'Russell\u00a02000 vs Nasdaq',
      'IWM vs SPY',
    ]);
  });
});
