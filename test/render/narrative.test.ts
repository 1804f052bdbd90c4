import { describe, expect, it } from 'vitest';
import { prose } from '../../src/render/narrative/prose.js';
import { SourceNotes } from '../../src/render/narrative/sourceNotes.js';
import { count, moveVerb, relativeVerb } from '../../src/render/narrative/wording.js';

describe('wording rules (docs/methodology.md)', () => {
  it.each([
    [0.0009, 'was little changed'],
    [-0.0009, 'was little changed'],
    [0.001, 'edged up'],
    [-0.0049, 'edged down'],
    [0.005, 'rose'],
    [-0.0149, 'fell'],
    [0.015, 'jumped'],
    [-0.0299, 'slid'],
    [0.03, 'surged'],
    [-0.0764, 'plunged'],
  ])('%f -> %s', (r, verb) => {
    expect(moveVerb(r)).toBe(verb);
  });
  it('relative verbs and counts', () => {
    expect(relativeVerb(0.0021)).toBe('outperformed');
    expect(relativeVerb(-0.0001)).toBe('underperformed');
    expect(relativeVerb(0.00001)).toBe('matched');
    expect(count(1, 'session')).toBe('1 session');
    expect(count(2396, 'run')).toBe('2,396 runs');
  });
});

describe('prose and source notes', () => {
  it('escapes interpolated text and links citations', () => {
    const notes = new SourceNotes((s) => `data/closes/${s}.csv`);
    const c = notes.cite({
      series: ['RUT'],
      from: '2026-01-21',
      to: '2026-01-22',
      convention: 'close-to-close',
    });
    expect(prose`The ${'S&P <500>'} rose${c}.`.html).toBe(
      'The S&amp;P &lt;500&gt; rose<sup class="cite"><a href="#note-1">1</a></sup>.',
    );
  });
  it('numbers notes in order of first citation and reuses a repeated note', () => {
    const notes = new SourceNotes((s) => `${s}.csv`);
    const a = { series: ['RUT'], from: '2026-01-21', to: '2026-01-22', convention: 'x' };
    const b = { series: ['GSPC'], from: '2026-01-21', to: '2026-01-22', convention: 'x' };
    expect([notes.cite(a), notes.cite(b), notes.cite(a)]).toEqual([
      { cite: 1 },
      { cite: 2 },
      { cite: 1 },
    ]);
    expect(notes.list().map((n) => [n.n, n.files])).toEqual([
      [1, ['RUT.csv']],
      [2, ['GSPC.csv']],
    ]);
  });
});
