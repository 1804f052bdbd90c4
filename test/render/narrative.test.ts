import { describe, expect, it } from 'vitest';
import { prose, resolveCitations } from '../../src/render/narrative/prose.js';
import { formulaUnbroken, SourceNotes } from '../../src/render/narrative/sourceNotes.js';
import { familyByKey } from '../../src/stats/registry/registry.js';
import { count, moveVerb, relativeVerb } from '../../src/render/narrative/wording.js';
import { formatPercent } from '../../src/model/format.js';

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
  it('picks the verb from the size as printed: +0.497% prints 0.50%, so "rose" (2002-05-02)', () => {
    // RUT 510.83 -> 513.37: +0.4972%, "0.50%" at two decimals; "0.5%" at one.
    expect(moveVerb(513.37 / 510.83 - 1)).toBe('rose');
    expect(moveVerb(0.00494)).toBe('edged up'); // 0.494% prints 0.49%
    expect(moveVerb(-0.00096)).toBe('edged down'); // -0.096% prints -0.10%
    expect(moveVerb(0.01449, 1)).toBe('rose'); // 1.449% prints 1.4% at one decimal
    expect(moveVerb(0.01451, 1)).toBe('jumped'); // 1.451% prints 1.5%
    // 0.01495 is 0.014949999... in binary: it prints "1.49%", so "rose", whatever a second
    // rounding of 0.01495 * 100 * 100 in floating point would give.
    expect(formatPercent(0.01495)).toBe('+1.49%');
    expect(moveVerb(0.01495)).toBe('rose');
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
  it('keeps a formula\'s operator with its number: no line of a note starts with "- 1."', () => {
    const nb = '\u00a0';
    expect(formulaUnbroken('distance = close / average - 1')).toBe(
      `distance = close${nb}/${nb}average${nb}-${nb}1`,
    );
    expect(formulaUnbroken('deviation (n - 1) of returns, x sqrt(252)')).toBe(
      `deviation (n${nb}-${nb}1) of returns,${nb}x${nb}sqrt(252)`,
    );
    expect(formulaUnbroken('100 + 10 x (RS - 1)')).toBe(
      `100${nb}+${nb}10${nb}x${nb}(RS${nb}-${nb}1)`,
    );
    expect(formulaUnbroken('(1 + small) / (1 + large) - 1')).toBe(
      `(1${nb}+${nb}small)${nb}/${nb}(1${nb}+${nb}large)${nb}-${nb}1`,
    );
    // Words and dashes between words are left alone.
    expect(formulaUnbroken('leaders - laggards, x axis, box - 5a')).toBe(
      `leaders - laggards, x axis, box${nb}-${nb}5a`,
    );
    // Every family's convention, as its first note prints it, keeps "- 1" on its line.
    const notes = new SourceNotes((s) => `${s}.csv`);
    const range = { series: ['RUT'], from: '2025-01-02', to: '2026-01-22' };
    const cited = ['movingAverages', 'drawdown', 'volatility'].map((family) =>
      notes.cite({ ...range, family }),
    );
    const numbers = notes.numbering();
    resolveCitations(prose`${cited[0]!}${cited[1]!}${cited[2]!}`.html, (id) => numbers.number(id));
    const texts = numbers.list().map((n) => n.convention);
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t).not.toMatch(/ - \d| x sqrt| [+/] /);
    expect(texts.join(' ')).toContain(`${nb}-${nb}1`);
  });
  it('escapes interpolated text and leaves a placeholder for each citation', () => {
    const notes = new SourceNotes((s) => `data/closes/${s}.csv`);
    const c = notes.cite({ series: ['RUT'], from: '2026-01-21', to: '2026-01-22', family: 'day' });
    const html = prose`The ${'S&P <500>'} rose${c}.`.html;
    expect(html).toBe('The S&amp;P &lt;500&gt; rose<span class="cite" data-cite="n1"></span>.');
    expect(resolveCitations(html, notes.numbering().number.bind(notes.numbering()))).toBe(
      // The marker is bracketed and set off by a no-break space: "rose [1]", never "rose1".
      'The S&amp;P &lt;500&gt; rose\u00a0<a class="cite" href="#note-1">[1]</a>.',
    );
  });
  it('numbers notes in the order they are rendered, not cited, and reuses a repeated note', () => {
    const notes = new SourceNotes((s) => `${s}.csv`);
    const a = { series: ['RUT'], from: '2026-01-21', to: '2026-01-22', family: 'day' };
    const b = { series: ['GSPC'], from: '2026-01-14', to: '2026-01-22', family: 'sessions5' };
    const [ca, cb, ca2] = [notes.cite(a), notes.cite(b), notes.cite(a)];
    expect(ca).toEqual(ca2);
    // The template shows b's sentence first: b is note 1.
    const numbers = notes.numbering();
    const html = resolveCitations(prose`B${cb}. A${ca}. A again${ca2}.`.html, (id) =>
      numbers.number(id),
    );
    expect(html).toBe(
      'B\u00a0<a class="cite" href="#note-1">[1]</a>. A\u00a0<a class="cite" href="#note-2">[2]</a>. A again\u00a0<a class="cite" href="#note-2">[2]</a>.',
    );
    expect(numbers.list().map((n) => [n.n, n.files, n.convention])).toEqual([
      [1, ['GSPC.csv'], formulaUnbroken(familyByKey('sessions5').convention)],
      [2, ['RUT.csv'], formulaUnbroken(familyByKey('day').convention)],
    ]);
  });
  it('gives one note to a family over the same sessions, listing every series cited', () => {
    const notes = new SourceNotes((s) => `${s}.csv`);
    const day = (series: string[]) => ({
      series,
      from: '2026-01-21',
      to: '2026-01-22',
      family: 'day',
    });
    const [r, g, both, ixic] = [['RUT'], ['GSPC'], ['GSPC', 'RUT'], ['IXIC']].map((s) =>
      notes.cite(day(s)),
    );
    expect(new Set([r, g, both, ixic].map((c) => c?.cite)).size).toBe(1);
    // Another window of the same family is another note.
    const other = notes.cite({
      series: ['RUT'],
      from: '2026-01-20',
      to: '2026-01-21',
      family: 'day',
    });
    expect(other).not.toEqual(r);
    const numbers = notes.numbering();
    numbers.number(r?.cite ?? '');
    expect(numbers.list().map((n) => [n.series, n.files])).toEqual([
      [
        ['RUT', 'GSPC', 'IXIC'],
        ['RUT.csv', 'GSPC.csv', 'IXIC.csv'],
      ],
    ]);
  });
  it('a note cited twice in one sentence keeps only its last marker', () => {
    const notes = new SourceNotes((s) => `${s}.csv`);
    const day = notes.cite({
      series: ['RUT'],
      from: '2026-08-20',
      to: '2026-08-21',
      family: 'day',
    });
    const ytd = notes.cite({
      series: ['RUT'],
      from: '2025-12-31',
      to: '2026-08-21',
      family: 'ytd',
    });
    const numbers = notes.numbering();
    const html = resolveCitations(
      // "0.85%" and "<b>0.43</b>" hold points that end no sentence; ". The" does.
      prose`R rose 0.85%${day} and S edged up ${{ html: '<b>0.43</b>' }}%${day}, ahead by ${ytd}3.2 pp${day}. The gap${day}.`
        .html,
      (id) => numbers.number(id),
    );
    const m = (n: number) => `\u00a0<a class="cite" href="#note-${n}">[${n}]</a>`;
    // The first sentence cites the day's note three times: only the last marker stays, so the
    // year's note (met first now) is [1]; the next sentence cites the day's note again.
    expect(html).toBe(
      `R rose 0.85% and S edged up <b>0.43</b>%, ahead by ${m(1)}3.2 pp${m(2)}. The gap${m(2)}.`,
    );
  });
  it("writes a family's convention once: its later notes say what they measure and refer back", () => {
    const notes = new SourceNotes((s) => `${s}.csv`);
    const sectors = ['XLB', 'XLK'];
    const first = notes.cite({
      series: sectors,
      from: '2026-08-20',
      to: '2026-08-21',
      family: 'sectors',
    });
    const year = { series: sectors, from: '2025-08-20', to: '2026-08-20', family: 'sectors' };
    const dispersion = notes.cite({ ...year, aspect: 'the sessions the gap is ranked among' });
    // Same family and window, another aspect: another note.
    const other = notes.cite({ ...year, aspect: 'something else' });
    const gspc = { series: ['GSPC'], from: '1927-12-30', to: '2026-08-21', family: 'rsi14' };
    const rsi = notes.cite({ ...gspc, series: ['RUT'], from: '1987-09-10' });
    const rsiG = notes.cite(gspc);
    const numbers = notes.numbering();
    for (const c of [first, dispersion, other, rsi, rsiG]) numbers.number(c.cite);
    expect(numbers.list().map((n) => [n.n, n.aspect, n.convention])).toEqual([
      [1, null, familyByKey('sectors').convention],
      [2, 'the sessions the gap is ranked among', 'computed as in note 1'],
      [3, 'something else', 'computed as in note 1'],
      [4, null, familyByKey('rsi14').convention],
      // No aspect: the family's title says what the note is.
      [5, null, 'RSI(14), computed as in note 4'],
    ]);
  });
  it('a citation of a family the registry does not know is a bug, caught at once', () => {
    const notes = new SourceNotes((s) => s);
    expect(() => notes.cite({ series: ['RUT'], from: 'a', to: 'b', family: 'nope' })).toThrow(
      /no figure family "nope"/,
    );
  });
});
