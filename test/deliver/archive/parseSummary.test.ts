import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import { parseSummary } from '../../../src/deliver/archive/parseSummary.js';
import { summaryFor } from './archiveFixtures.js';

const parse = (v: unknown) =>
  parseSummary(typeof v === 'string' ? v : JSON.stringify(v), 'r/2026/2026-01-22/summary.json');

describe('parseSummary', () => {
  it('accepts a summary as renderBrief writes it', () => {
    const s = parse(summaryFor('2026-01-22'));
    expect(s.date).toBe('2026-01-22');
    expect(s.keyFigures).toHaveLength(5);
  });

  it.each([
    ['not JSON', '{"date": ', /summary\.json: not valid JSON/],
    [
      'another schema',
      summaryFor('2026-01-22', { schema: 'rotation-brief/summary@2' }),
      /summary\.json: schema: /,
    ],
    ['no headline', summaryFor('2026-01-22', { headline: undefined }), /summary\.json: headline: /],
    [
      'a bad date',
      summaryFor('2026-01-22', { date: '22/01/2026' }),
      /summary\.json: date: expected YYYY-MM-DD/,
    ],
    [
      'a key figure without value',
      summaryFor('2026-01-22', { keyFigures: [{ label: 'x', detail: 'y', tone: 'up' }] }),
      /keyFigures\.0\.value/,
    ],
  ])('rejects %s with a one-line data error naming the file and field', (_, input, message) => {
    let err: unknown;
    try {
      parse(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).kind).toBe('data');
    expect((err as BriefError).message).toMatch(message);
    expect((err as BriefError).message).not.toContain('\n');
  });
});
