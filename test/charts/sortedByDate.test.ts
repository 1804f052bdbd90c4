import { describe, expect, it } from 'vitest';
import { sortedByDate } from '../../src/charts/sortedByDate.js';

describe('sortedByDate', () => {
  const rows = [
    { date: '2026-01-02', tag: 'a' },
    { date: '2025-12-31', tag: 'b' },
    { date: '2026-01-02', tag: 'c' },
    { date: '1999-12-31', tag: 'd' },
  ];

  it('sorts oldest first across year ends, keeping equal dates in their order', () => {
    expect(sortedByDate(rows, (r) => r.date).map((r) => r.tag)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const before = rows.map((r) => r.tag);
    const out = sortedByDate(rows, (r) => r.date);
    expect(out).not.toBe(rows);
    expect(rows.map((r) => r.tag)).toEqual(before);
  });

  it('refuses a date that is not an ISO session date, naming it', () => {
    expect(() => sortedByDate([{ date: '2026-1-2' }], (r) => r.date)).toThrow(/"2026-1-2"/);
    expect(() => sortedByDate([{ date: '2026-02-30' }], (r) => r.date)).toThrow(/2026-02-30/);
  });
});
