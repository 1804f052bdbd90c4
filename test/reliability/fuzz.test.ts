/**
 * Property tests (fast-check) of the three places untrusted text enters the brief:
 * - the price CSV loader: on any text it returns a valid series or throws a `data` BriefError
 *   naming the file (never a TypeError or a RangeError), and it accepts every well-formed file,
 *   whatever its line endings, BOM, blank lines or number spelling;
 * - the number and date formatters: never "NaN", "Infinity", "∞" or "undefined"; a value they
 *   cannot show throws a TypeError; rounding keeps the order of values;
 * - the editor's note renderer: for any note, either a BriefError or HTML in which no element is a
 *   script, no attribute is an event handler, and no link or image points at a script URL
 *   (character references decoded, as a browser would), and the same note gives the same result
 *   every time.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import { parseSeriesCsv } from '../../src/ingest/parseSeriesCsv.js';
import { renderEditorNote } from '../../src/render/editorNote.js';
import {
  formatBasisPoints,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatShortDate,
  formatWeekday,
  ordinal,
} from '../../src/model/format.js';

const HEADER = 'date,open,high,low,close,adj_close,volume';
const FILE = 'fuzz/T.csv';

// ---------------------------------------------------------------------------------------------
// CSV

interface GenRow {
  date: string;
  cells: string[]; // open, high, low, close, adj_close, volume as written
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A positive price in [1, 1e7) written in one of the spellings the loader accepts. */
function spell(v: number, style: number): string {
  if (style === 1) return v.toExponential();
  if (style === 2) return v.toFixed(4);
  if (style === 3) return `${v}`.replace(/^0\./, '.');
  return String(v);
}

/**
 * A well-formed price file: rows, line endings (LF and CRLF mixed, or CR alone), BOM, blank
 * lines, empty optional cells.
 */
const validFile = fc
  .record({
    start: fc.integer({ min: Date.UTC(1928, 0, 1) / DAY, max: Date.UTC(2090, 0, 1) / DAY }),
    rows: fc.array(
      fc.record({
        step: fc.integer({ min: 1, max: 9 }),
        prices: fc.array(fc.integer({ min: 100, max: 999_999_999 }), {
          minLength: 4,
          maxLength: 4,
        }),
        openFirst: fc.boolean(),
        adj: fc.integer({ min: 100, max: 999_999_999 }),
        volume: fc.nat(),
        empty: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        style: fc.integer({ min: 0, max: 3 }),
        eol: fc.constantFrom('\n', '\r\n'),
        blankAfter: fc.integer({ min: 0, max: 9 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    columns: fc.record({ ohl: fc.boolean(), adj: fc.boolean(), volume: fc.boolean() }),
    bom: fc.boolean(),
    headerEol: fc.constantFrom('\n', '\r\n'),
    /** Old Mac style: every line ends with CR (a file with a line feed may not: its CRs are text). */
    crOnly: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map((g) => {
    let day = g.start;
    const rows: GenRow[] = g.rows.map((r) => {
      day += r.step;
      const [low, a, b, high] = [...r.prices].sort((x, y) => x - y).map((p) => p / 100) as [
        number,
        number,
        number,
        number,
      ];
      const [open, close] = r.openFirst ? [a, b] : [b, a];
      const cell = (present: boolean, empty: boolean, text: string) =>
        present && !empty ? text : '';
      return {
        date: iso(day * DAY),
        cells: [
          cell(g.columns.ohl, r.empty[0] as boolean, spell(open, r.style)),
          cell(g.columns.ohl, r.empty[1] as boolean, spell(high, r.style)),
          cell(g.columns.ohl, r.empty[2] as boolean, spell(low, r.style)),
          spell(close, r.style),
          cell(g.columns.adj, r.empty[4] as boolean, spell(r.adj / 100, r.style)),
          cell(g.columns.volume, r.empty[5] as boolean, String(r.volume)),
        ],
      };
    });
    const eol = (e: string) => (g.crOnly ? '\r' : e);
    let text = (g.bom ? '\uFEFF' : '') + HEADER + eol(g.headerEol);
    g.rows.forEach((r, k) => {
      const row = rows[k] as GenRow;
      const last = k === rows.length - 1;
      text += [row.date, ...row.cells].join(',') + (last && !g.trailing ? '' : eol(r.eol));
      if (!last && r.blankAfter === 0) text += eol(r.eol); // a blank line
    });
    return { text, rows };
  });

/** What any successfully parsed series must satisfy. */
function expectWellFormed(s: ReturnType<typeof parseSeriesCsv>) {
  const n = s.dates.length;
  expect(n).toBeGreaterThan(0);
  for (let i = 1; i < n; i++)
    expect((s.dates[i] as string) > (s.dates[i - 1] as string)).toBe(true);
  for (const c of s.close) expect(Number.isFinite(c) && c > 0).toBe(true);
  for (const col of [s.open, s.high, s.low, s.adjClose, s.volume])
    if (col) expect(col.length).toBe(n);
}

/** Parse, and allow only a `data` BriefError naming the file as a failure. */
function parseOrDataError(text: string) {
  try {
    const s = parseSeriesCsv(text, FILE, 'T');
    expectWellFormed(s);
  } catch (e) {
    if (!(e instanceof BriefError)) throw e;
    expect(e.kind).toBe('data');
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/^fuzz\/T\.csv(:\d+)?: \S/);
    expect(e.message).not.toMatch(/\n/);
  }
}

const NASTY = [
  '"',
  ',',
  '\r',
  '\n',
  '\r\n',
  '-',
  '.',
  'e',
  'E',
  '+',
  '0',
  '9',
  ' ',
  '\t',
  '\uFEFF',
  'x',
  'NaN',
  'Infinity',
  '0x1',
  '1e999',
  '',
  '2026-02-30',
  '9999-99-99',
];

describe('fuzz: parseSeriesCsv', () => {
  it('arbitrary text: a series or a data BriefError naming the file, nothing else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'binary-ascii', maxLength: 300 }).map((s) => `${HEADER}\n${s}`),
        ),
        (text) => parseOrDataError(text),
      ),
      { numRuns: 2500 },
    );
  });

  it('a well-formed file with random edits: a series or a data BriefError naming the file', () => {
    const edits = fc.array(
      fc.record({
        at: fc.nat(),
        del: fc.integer({ min: 0, max: 3 }),
        ins: fc.constantFrom(...NASTY),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(validFile, edits, ({ text }, es) => {
        let t = text;
        for (const e of es) {
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.ins + t.slice(at + e.del);
        }
        parseOrDataError(t);
      }),
      { numRuns: 2500 },
    );
  });

  it('accepts every well-formed file and reads its values exactly', () => {
    fc.assert(
      fc.property(validFile, ({ text, rows }) => {
        const s = parseSeriesCsv(text, FILE, 'T');
        expect(s.dates).toEqual(rows.map((r) => r.date));
        const column = (c: number) => {
          const cells = rows.map((r) => r.cells[c] as string);
          return cells.every((x) => x === '')
            ? null
            : cells.map((x) => (x === '' ? NaN : Number(x)));
        };
        expect([...s.close]).toEqual(column(3));
        expect(s.open && [...s.open]).toEqual(column(0));
        expect(s.high && [...s.high]).toEqual(column(1));
        expect(s.low && [...s.low]).toEqual(column(2));
        expect(s.adjClose && [...s.adjClose]).toEqual(column(4));
        expect(s.volume && [...s.volume]).toEqual(column(5));
      }),
      { numRuns: 2500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Formatting

const FORMATTERS: [string, (x: number) => string, number][] = [
  ['formatNumber', (x) => formatNumber(x), 1],
  ['formatNumber(0)', (x) => formatNumber(x, 0), 1],
  ['formatPercent', (x) => formatPercent(x), 100],
  ['formatPercent(1)', (x) => formatPercent(x, 1), 100],
  ['formatBasisPoints', formatBasisPoints, 10_000],
  ['formatPoints', (x) => formatPoints(x), 100],
];

const BAD_TEXT = /NaN|Infinity|∞|undefined|null|^$|^[+-]?[%a-z ]*$/;

/** The number a formatted figure shows: "+1,234.50%" -> 1234.5. */
const shown = (text: string) => Number(text.replace(/,/g, '').replace(/ ?(%|bp|pp)$/, ''));

describe('fuzz: format helpers', () => {
  it('never show NaN, Infinity or undefined: a finite value formats, anything else throws a TypeError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.double({ min: -1e6, max: 1e6 }),
          fc.constantFrom(
            NaN,
            Infinity,
            -Infinity,
            -0,
            0,
            Number.MAX_VALUE,
            -Number.MAX_VALUE,
            Number.MIN_VALUE,
          ),
        ),
        (x) => {
          for (const [name, f, scale] of FORMATTERS) {
            let text: string;
            try {
              text = f(x);
            } catch (e) {
              expect(e, name).toBeInstanceOf(TypeError);
              expect(Number.isFinite(x * scale), `${name}(${x}) threw`).toBe(false);
              continue;
            }
            expect(Number.isFinite(x * scale), `${name}(${x}) = ${text}`).toBe(true);
            expect(text, `${name}(${x})`).not.toMatch(BAD_TEXT);
            expect(Number.isFinite(shown(text)), `${name}(${x}) = ${text}`).toBe(true);
            // the sign shown is the sign of the rounded value; zero has none
            const v = shown(text);
            if (name !== 'formatNumber' && name !== 'formatNumber(0)')
              expect(text.startsWith('+')).toBe(v > 0);
            expect(text.startsWith('-')).toBe(v < 0);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keep the order of values (rounding is monotone)', () => {
    const finite = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 20_000),
    );
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const [name, f] of FORMATTERS)
          expect(shown(f(lo)), `${name}: ${lo} <= ${hi}`).toBeLessThanOrEqual(shown(f(hi)));
      }),
      { numRuns: 3000 },
    );
  });

  it('ordinals: an integer gets the English suffix, anything else throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (n) => {
        if (!Number.isInteger(n)) {
          expect(() => ordinal(n)).toThrow(TypeError);
          return;
        }
        const text = ordinal(n);
        const m = /^(-?[\d,]+)(st|nd|rd|th)$/.exec(text);
        expect(m, text).not.toBeNull();
        expect(Number(m?.[1]?.replace(/,/g, ''))).toBe(n === 0 ? 0 : n); // -0 shows as 0
        const v = Math.abs(n) % 100;
        const expected = v >= 11 && v <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][v % 10] ?? 'th');
        expect(m?.[2]).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('dates: every real date reads back; any other text throws a TypeError', () => {
    const real = fc
      .integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2099, 11, 31) / DAY })
      .map((d) => iso(d * DAY));
    fc.assert(
      fc.property(
        fc.oneof(
          real,
          fc.string({ maxLength: 12 }),
          real.map((d) => ` ${d}`),
          real.map((d) => d.replace(/-(\d\d)$/, '-3$1')),
        ),
        (text) => {
          let long: string;
          try {
            long = formatLongDate(text);
          } catch (e) {
            expect(e).toBeInstanceOf(TypeError);
            expect(() => formatShortDate(text)).toThrow(TypeError);
            expect(
              DateTime.fromFormat(text, 'yyyy-MM-dd', { zone: 'UTC' }).isValid &&
                /^\d{4}-\d{2}-\d{2}$/.test(text),
            ).toBe(false);
            return;
          }
          expect(long).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
          expect(
            DateTime.fromFormat(long, 'MMMM d, yyyy', { zone: 'UTC', locale: 'en-US' }).toISODate(),
          ).toBe(text);
          expect(formatShortDate(text)).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
          expect(formatWeekday(text)).toMatch(/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Editor's note

const ALLOWED_TAGS = new Set([
  'p',
  'a',
  'em',
  'strong',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'del',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'background',
  'poster',
]);
const NAMED = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
} as Record<string, string>;

/** Decode character references as a browser does in an attribute value (the ones that matter). */
function decodeAttribute(v: string): string {
  return v
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) =>
      String.fromCodePoint(Math.min(Number.parseInt(h, 16), 0x10ffff)),
    )
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&([a-z]+);/gi, (m, name: string) => NAMED[name.toLowerCase()] ?? m);
}

/** Why a URL attribute is unsafe, or null: the scheme a browser would see must be http(s)/mailto (or data:image/ for an image). */
function unsafeUrl(attr: string, value: string): string | null {
  const url = decodeAttribute(value)
    .replace(/^[\u0000-\u0020]+|[\t\n\r]/g, '')
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  // A safe scheme spelled out first: an `&` after it is part of the address (mailto:a@b.c&).
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return null;
  const head = /^[^/?#]*/.exec(url)?.[0] ?? '';
  if (head.includes('&')) return `${attr}: undecoded character reference before the path: ${value}`;
  if (scheme === undefined) return null;
  if (attr === 'src' && url.startsWith('data:image/')) return null;
  return `${attr}: scheme ${scheme}: in ${value}`;
}

/** Why the note's HTML is unsafe, or null. */
function unsafeHtml(html: string): string | null {
  if (/<\s*\/?\s*script/i.test(html)) return '<script';
  for (const tag of html.matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const name = (tag[1] as string).toLowerCase();
    if (!ALLOWED_TAGS.has(name)) return `element <${name}>`;
    for (const a of (tag[2] as string).matchAll(
      /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      const attr = (a[1] as string).toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (attr.startsWith('on')) return `event handler ${attr}= on <${name}>`;
      if (attr === 'style') return `style on <${name}>`;
      if (URL_ATTRIBUTES.has(attr)) {
        const why = unsafeUrl(attr, value);
        if (why) return why;
      }
    }
  }
  if (/<[^>]*javascript:/i.test(html.replace(/="[^"]*"/g, '=""')))
    return 'javascript: inside a tag';
  return null;
}

const FRONT = '---\ntitle: Fuzz\nauthor: a\nsources:\n  - s\n---\n';
const FRAGMENTS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.y/z></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[a](javascript:alert(1))',
  '[a](JaVaScRiPt:alert(1))',
  '[a](&#106;avascript:alert(1))',
  '[a](&#x6A;avascript:alert(1))',
  '[a](javascript&colon;alert(1))',
  '[a](java&Tab;script:alert(1))',
  '[a](<java\tscript:alert(1)>)',
  '[a]( javascript:alert(1))',
  '<javascript:alert(1)>',
  '![i](javascript:alert(1))',
  '![i](data:image/png;base64,AAAA)',
  '![i](data:text/html,<script>alert(1)</script>)',
  '[a](vbscript:msgbox(1))',
  '[a](data:text/html;base64,PHNjcmlwdD4=)',
  '[x]: javascript:alert(1)\n',
  '[x]: &#106;avascript:alert(1)\n',
  '[r][x]',
  '[x]',
  '[a](https://example.com/?a=1&b=2 "onerror=alert(1)")',
  '<https://example.com/" onmouseover="alert(1)>',
  'www.example.com/javascript:alert(1)',
  'mailto:a@b.c',
  '`<script>`',
  '```\n<script>alert(1)</script>\n```',
  '<!-- c -->',
  '<div>',
  '</div>',
  '<p onclick=x>',
  '{{pct series.RUT.day}}',
  '{{{html}}}',
  '{{html}}',
  '{{{link}}}',
  '{{ordinal 3}}',
  '{{ordinal "x"}}',
  '{{longDate date}}',
  '{{#each list}}{{this}}{{/each}}',
  '{{nope}}',
  '{{',
  '**b**',
  '_i_',
  '> q',
  '- item',
  '1. one',
  '|a|b|\n|-|-|\n|1|2|',
  '- [x] done',
  '# h',
  '***',
  'onerror=',
  'javascript:',
  '&',
  '&#',
  ';',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '\n',
  '\n\n',
  ' ',
  '---',
  'title: x',
];
const YAML_BITS = [
  'title: x',
  'title: [x',
  'title: "a',
  'title: {a: 1}',
  'author: ',
  'sources:',
  '\n  - s',
  '\n  - ',
  'sources: x',
  ': :',
  '\t',
  '\n',
  ' ',
  '- a',
  '&a',
  '*a',
  '!!js/function',
  '? ',
  '%',
  '"',
  "'",
  '#',
];
const figures = {
  series: { RUT: { day: 0.0123 }, GSPC: { day: -0.004 } },
  date: '2026-01-22',
  list: ['<b>', 'javascript:x'],
  html: '<script>alert(1)</script>',
  link: '[a](javascript:alert(1))',
};

const noteText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
          { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
        ),
        { maxLength: 12 },
      )
      .map((parts) => FRONT + parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => FRONT + s) },
  // front matter that may not parse
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 6 }),
        fc.constantFrom(...FRAGMENTS),
      )
      .map(([yaml, body]) => `---\n${yaml.join('')}\n---\n${body}`),
  },
);

type Outcome = { html: string; title: string } | { error: string };
function render(text: string): Outcome {
  try {
    const note = renderEditorNote(text, 'notes/2026-01-22.md', figures);
    return { html: note.html, title: note.title };
  } catch (e) {
    if (!(e instanceof BriefError)) throw e;
    expect(e.message).toMatch(/^notes\/2026-01-22\.md(:\d+)?: /);
    return { error: e.message };
  }
}

describe("fuzz: the editor's note renderer", () => {
  it('the checker itself flags what it must', () => {
    expect(unsafeHtml('<p><a href="&#106;avascript:alert(1)">a</a></p>')).toMatch(
      /scheme javascript/,
    );
    expect(unsafeHtml('<p><a href="javascript&colon;alert(1)">a</a></p>')).toMatch(
      /scheme javascript/,
    );
    expect(unsafeHtml('<img src="x" onerror="alert(1)">')).toMatch(/event handler onerror/);
    expect(unsafeHtml('<p>text &lt;script&gt; onerror= javascript: is only text</p>')).toBeNull();
    expect(
      unsafeHtml('<p><a href="https://x.y/?a=1&amp;b=2" title="onerror=alert(1)">a</a></p>'),
    ).toBeNull();
  });

  it('never lets a script, an event handler or a script URL through, and is deterministic', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const first = render(text);
        expect(render(text)).toEqual(first); // the same note, the same result (no cache effects)
        if ('html' in first) expect(unsafeHtml(first.html), first.html).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
