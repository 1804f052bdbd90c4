/**
 * The bad-input catalogue: each way a data file, the universe, an editor's note or a template can
 * be wrong, run through the real CLI on a scratch copy of the data. A rejected input stops the run
 * with one line `brief: error: <where>: <problem>`, its exit code, and no file changed (the data
 * folder, and a reports folder that already holds an archive). Accepted variants (a UTF-8 BOM,
 * CRLF or mixed line endings) must give the same stats.json as the bundled files.
 *
 * Gaps against the calendar: the daily brief refuses a date when a series it uses misses a
 * session (or has a row on a holiday) before that date, since its returns and streaks would then
 * span the wrong sessions; a date before the gap still builds. `brief check` lists every gap with
 * file and line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, treeHash } from '../helpers/cliHarness.js';
import {
  daily,
  expectCheckReports,
  expectRefused,
  problemLines,
  runCheckCli,
  scratch,
  type Scratch,
} from '../helpers/scratch.js';

const RUT = readFileSync(path.join(REPO, 'data/closes/RUT.csv'), 'utf8');
const IWM = readFileSync(path.join(REPO, 'data/closes/IWM.csv'), 'utf8');
const GSPC = readFileSync(path.join(REPO, 'data/closes/GSPC.csv'), 'utf8');
const NOTE = readFileSync(path.join(REPO, 'data/notes/2026-01-22.md'), 'utf8');
const UNIVERSE = readFileSync(path.join(REPO, 'data/universe.json'), 'utf8');

/** The lines of a bundled file (CRLF kept on each: the files end lines with \r\n). */
const linesOf = (text: string) => text.split('\n');
/** 1-based line number of the row for `date`. */
function lineOf(text: string, date: string): number {
  const k = linesOf(text).findIndex((l) => l.startsWith(`${date},`));
  if (k < 0) throw new Error(`no row ${date}`);
  return k + 1;
}
/** `text` with line `n` (1-based) replaced by `rows` (CRLF added), or removed when `rows` is empty. */
function replaceLine(text: string, n: number, ...rows: string[]): string {
  const lines = linesOf(text);
  return [...lines.slice(0, n - 1), ...rows.map((r) => `${r}\r`), ...lines.slice(n)].join('\n');
}
const rowAt = (text: string, n: number) => (linesOf(text)[n - 1] as string).replace(/\r$/, '');

describe('bad CSV input: one line naming file and line, exit 3, nothing written', () => {
  it('a truncated line', async () => {
    const n = lineOf(RUT, '2026-08-20');
    const s = scratch({ 'closes/RUT.csv': replaceLine(RUT, n, '2026-08-20,2740.1,27') });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      new RegExp(`RUT\\.csv:${n}: expected 7 fields, found 3`),
    );
    await expectCheckReports(s, [new RegExp(`RUT\\.csv:${n}: expected 7 fields, found 3$`)]);
  });
  it('an extra column', async () => {
    const n = lineOf(IWM, '2026-05-01');
    const s = scratch({ 'closes/IWM.csv': replaceLine(IWM, n, `${rowAt(IWM, n)},12`) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      new RegExp(`IWM\\.csv:${n}: expected 7 fields, found 8`),
    );
  });
  it('an extra field after a stray \\r (an edit of a CRLF line): its line, 8 fields', async () => {
    for (const date of ['2026-08-20', '2026-08-21']) {
      // `sed 's/$/,extra/'` on a CRLF file: the row's \r stays before the new text.
      const n = lineOf(RUT, date);
      const s = scratch({ 'closes/RUT.csv': replaceLine(RUT, n, `${rowAt(RUT, n)}\r,extra`) });
      const message = new RegExp(`RUT\\.csv:${n}: expected 7 fields, found 8$`);
      const r = await expectRefused(s, daily(s, '2026-08-21'), 3, message);
      expect(r.stderr).toContain(`hint: line ${n} holds a stray carriage return`);
      await expectCheckReports(s, [message]);
    }
  });
  it('an empty file', async () => {
    const s = scratch({ 'closes/RUT.csv': '' });
    await expectRefused(s, daily(s, '2026-08-21'), 3, /RUT\.csv:1: empty file: no header line/);
  });
  it('a duplicate date', async () => {
    const n = lineOf(GSPC, '2026-02-10');
    const s = scratch({ 'closes/GSPC.csv': replaceLine(GSPC, n, rowAt(GSPC, n), rowAt(GSPC, n)) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      new RegExp(`GSPC\\.csv:${n + 1}: duplicate date 2026-02-10 \\(first seen on line ${n}\\)`),
    );
  });
  it('unordered dates', async () => {
    const n = lineOf(RUT, '2026-04-14');
    const swapped = replaceLine(replaceLine(RUT, n, rowAt(RUT, n + 1)), n + 1, rowAt(RUT, n));
    const s = scratch({ 'closes/RUT.csv': swapped });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      new RegExp(
        `RUT\\.csv:${n + 1}: date 2026-04-14 is out of order: it follows 2026-04-15 on line ${n}`,
      ),
    );
  });
  it('a non-numeric price', async () => {
    const n = lineOf(RUT, '2026-06-01');
    const cells = rowAt(RUT, n).split(',');
    cells[4] = '27O0.5'; // a letter O for a zero
    const s = scratch({ 'closes/RUT.csv': replaceLine(RUT, n, cells.join(',')) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      new RegExp(`RUT\\.csv:${n}: close is not a finite number: "27O0\\.5"`),
    );
  });
  it('a zero price', async () => {
    const n = lineOf(IWM, '2026-06-01');
    const cells = rowAt(IWM, n).split(',');
    cells[1] = '0';
    const s = scratch({ 'closes/IWM.csv': replaceLine(IWM, n, cells.join(',')) });
    await expectRefused(s, daily(s, '2026-08-21'), 3, new RegExp(`IWM\\.csv:${n}: open is zero`));
  });
  it('a negative price', async () => {
    const n = lineOf(GSPC, '2026-06-01');
    const cells = rowAt(GSPC, n).split(',');
    cells[4] = `-${cells[4]}`;
    const s = scratch({ 'closes/GSPC.csv': replaceLine(GSPC, n, cells.join(',')) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      new RegExp(`GSPC\\.csv:${n}: close is negative: -`),
    );
  });
});

describe('accepted variants give the same figures as the bundled files', () => {
  let s: Scratch;
  let baseline: string;
  const stats = (out: string) => readFileSync(path.join(out, '2026/2026-01-22/stats.json'), 'utf8');
  async function build(out: string) {
    const before = treeHash(s.data);
    const r = await runCli(['--date', '2026-01-22', '--no-pdf', '--data', s.data, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(treeHash(s.data)).toBe(before);
    return stats(out);
  }
  beforeAll(async () => {
    s = scratch({ 'closes/RUT.csv': RUT });
    baseline = await build(path.join(s.root, 'baseline'));
    expect(RUT).toContain('\r\n'); // the bundled files are CRLF: every ordinary run accepts CRLF
  });
  it('a UTF-8 byte order mark is accepted (and by brief check)', async () => {
    writeFileSync(path.join(s.data, 'closes/RUT.csv'), `\uFEFF${RUT}`);
    expect(await build(path.join(s.root, 'bom'))).toBe(baseline);
    const r = await runCheckCli(s);
    expect(r.code, r.stdout).toBe(0);
  });
  it('LF and mixed LF/CRLF line endings are accepted', async () => {
    const mixed = linesOf(RUT)
      .map((l, k) => (k % 2 === 0 ? l.replace(/\r$/, '') : l))
      .join('\n');
    expect(mixed).toMatch(/[^\r]\n\d/);
    writeFileSync(path.join(s.data, 'closes/RUT.csv'), mixed);
    expect(await build(path.join(s.root, 'mixed'))).toBe(baseline);
    writeFileSync(path.join(s.data, 'closes/RUT.csv'), RUT.replaceAll('\r\n', '\n'));
    expect(await build(path.join(s.root, 'lf'))).toBe(baseline);
  });
});

describe('gaps against the NYSE calendar', () => {
  it('a missing session: the brief for a later date is refused, an earlier one builds, check names file and line', async () => {
    const n = lineOf(RUT, '2026-03-04');
    const s = scratch({ 'closes/RUT.csv': replaceLine(RUT, n) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      /RUT\.csv: RUT has no row for session 2026-03-04, before 2026-08-21 \(rows around it: 2026-03-03, 2026-03-05\)/,
    );
    // The line that now holds 2026-03-05 is where the missing row belongs.
    await expectCheckReports(s, [
      new RegExp(
        `RUT\\.csv:${n}: session 2026-03-04 is missing \\(the rows go from 2026-03-03 to 2026-03-05\\)$`,
      ),
    ]);
    const r = await runCli(daily(s, '2026-03-03'));
    expect(r.code, r.stderr).toBe(0);
  });
  it('a row on a holiday is refused the same way', async () => {
    const n = lineOf(RUT, '2026-07-06');
    const s = scratch({
      'closes/RUT.csv': replaceLine(RUT, n, '2026-07-03,3000,3010,2990,3005,,', rowAt(RUT, n)),
    });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      /RUT\.csv: RUT has a row for 2026-07-03, which is not a New York session \(Independence Day\), before 2026-08-21/,
    );
    await expectCheckReports(s, [
      new RegExp(`RUT\\.csv:${n}: 2026-07-03 is not a New York session \\(Independence Day\\)`),
    ]);
  });
  it('a suspicious jump is a warning naming file, line and date; the check passes and the brief builds', async () => {
    const n = lineOf(IWM, '2026-05-12');
    const cells = rowAt(IWM, n).split(',');
    const scaled = cells.map((c, k) =>
      k >= 1 && k <= 5 && c !== '' ? String(Math.round(Number(c) * 140) / 100) : c,
    );
    const s = scratch({ 'closes/IWM.csv': replaceLine(IWM, n, scaled.join(',')) });
    const r = await runCheckCli(s);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const lines = problemLines(r);
    expect(lines).toHaveLength(2); // up on the day, down the next
    expect(lines[0]).toMatch(
      new RegExp(
        `^.*IWM\\.csv:${n}: warning: suspicious jump on 2026-05-12: close-to-close \\+3\\d\\.\\d% \\(\\d`,
      ),
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^.*IWM\\.csv:${n + 1}: warning: suspicious jump on 2026-05-13: close-to-close -2\\d\\.\\d%`,
      ),
    );
    expect(r.stdout).toMatch(/0 problems, 2 warnings/);
    // configurable: a larger limit silences it
    const quiet = await runCheckCli(s, ['--max-jump', '50']);
    expect(quiet.code).toBe(0);
    expect(problemLines(quiet)).toEqual([]);
  });
});

describe('bad universe.json', () => {
  it('not valid JSON', async () => {
    const s = scratch({ 'universe.json': UNIVERSE.replace('"pairs"', '"pairs":') });
    await expectRefused(s, daily(s, '2026-08-21'), 3, /universe\.json: not valid JSON/);
    await expectCheckReports(s, [/universe\.json: not valid JSON/]);
  });
  it('a pair naming an unknown symbol', async () => {
    const s = scratch({ 'universe.json': UNIVERSE.replace('"large": "IXIC"', '"large": "NOPE"') });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      /universe\.json: pairs\.\d+: unknown symbol NOPE/,
    );
    await expectCheckReports(s, [/universe\.json: pairs\.\d+: unknown symbol NOPE$/]);
  });
});

describe('a --data folder that does not exist', () => {
  it.each([
    ['the daily brief', ['--date', '2026-08-21', '--no-pdf']],
    ['fetch', ['fetch', '--provider', 'stooq', '--symbols', 'RUT']],
    ['backfill', ['backfill', '--from', '2026-08-20', '--to', '2026-08-21', '--no-pdf']],
  ])('%s: exit 3 naming universe.json, no network, no stack trace', async (_, args) => {
    const data = path.join(REPO, 'no-such-data-folder');
    let requests = 0;
    const fetch = (async () => (
      requests++,
      new Response('', { status: 500 })
    )) as typeof globalThis.fetch;
    const out = ['--out', path.join(mkdtempSync(path.join(tmpdir(), 'brief-nodata-')), 'reports')];
    const r = await runCli([...args, '--data', data, ...(args[0] === 'fetch' ? [] : out)], {
      fetch,
    });
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 3 });
    expect(r.stderr).toContain(
      `brief: error: ${path.join(data, 'universe.json')}: cannot read (ENOENT)`,
    );
    expect(r.stderr).toContain('hint: --data must name a folder holding universe.json and closes/');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(requests).toBe(0);
  });
});

describe("a malformed editor's note: exit 6, the note's file named", () => {
  it('bad front matter', async () => {
    const s = scratch({
      'notes/2026-01-22.md': NOTE.replace('title: A fourteenth', 'title: [A fourteenth'),
    });
    await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      /notes\/2026-01-22\.md: front matter is not valid YAML/,
    );
    await expectCheckReports(s, [/notes\/2026-01-22\.md: front matter is not valid YAML/]);
  });
  it('an unknown figure, with its line', async () => {
    const s = scratch({
      'notes/2026-01-22.md': NOTE.replace('{{pct series.GSPC.day}}', '{{pct series.GSPC.dya}}'),
    });
    await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      /notes\/2026-01-22\.md:7: unknown figure "series\.GSPC\.dya"/,
    );
    await expectCheckReports(s, [/notes\/2026-01-22\.md:7: unknown figure "series\.GSPC\.dya"$/]);
  });
  it('raw <script> is refused', async () => {
    const s = scratch({ 'notes/2026-01-22.md': `${NOTE}\n<script>alert(1)</script>\n` });
    await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      /notes\/2026-01-22\.md:\d+: raw HTML is not allowed in notes: <script>/,
    );
  });
  it('a javascript: link hidden behind a character reference is refused', async () => {
    const s = scratch({
      'notes/2026-01-22.md': `${NOTE}\nSee [the source](&#106;avascript:alert(1)).\n`,
    });
    await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      /notes\/2026-01-22\.md:\d+: link to &#106;avascript:alert\(1\) is not allowed/,
    );
  });
  it('brief check: a note for a day with no session', async () => {
    const s = scratch({ 'notes/2026-07-03.md': NOTE });
    await expectCheckReports(s, [
      /notes\/2026-07-03\.md: 2026-07-03 is not a New York session \(Independence Day\)/,
    ]);
  });
});

describe('a template error (--templates): exit 6, one line naming file and line', () => {
  it('a misspelt field; brief check says the same', async () => {
    const s = scratch(
      {},
      {
        'brief.hbs': (t) => t.replace('<title>{{title}}', '<title>{{titel}}'),
      },
    );
    // The line of the misspelt field in the shipped template (1-based).
    const text = readFileSync(path.join(REPO, 'templates/brief.hbs'), 'utf8');
    const line = text.slice(0, text.indexOf('<title>{{title}}')).split('\n').length;
    const message = new RegExp(`templates/brief\\.hbs:${line}: unknown field "titel"$`);
    await expectRefused(s, daily(s, '2026-08-21'), 6, message);
    await expectCheckReports(s, [message]);
  });
  // The line of brief.hbs that opens the market section (1-based).
  const shipped = readFileSync(path.join(REPO, 'templates/brief.hbs'), 'utf8');
  const at = shipped
    .slice(0, shipped.indexOf('<section class="block" id="market"'))
    .split('\n').length;
  const atMarket = (insert: string) => ({
    'brief.hbs': (t: string) =>
      t.replace(
        '<section class="block" id="market"',
        `${insert}<section class="block" id="market"`,
      ),
  });
  it('an {{#if}} never closed: its opening line, not the line after the last', async () => {
    const s = scratch({}, atMarket('{{#if x}}'));
    const message = new RegExp(
      `templates/brief\\.hbs:${at}: \\{\\{#if\\}\\} opened on line ${at} is never closed \\(no \\{\\{/if\\}\\} before the end of the file\\)$`,
    );
    await expectRefused(s, daily(s, '2026-08-21'), 6, message);
    await expectCheckReports(s, [message]);
  });
  it('a partial that does not exist: file, line, and the partials there are', async () => {
    const s = scratch({}, atMarket('{{> nosuchpartial}}'));
    const message = new RegExp(
      `templates/brief\\.hbs:${at}: partial "nosuchpartial" does not exist \\(the partials in .*templates/partials/: analogTable, appendix, .*, sectorTable\\)$`,
    );
    await expectRefused(s, daily(s, '2026-08-21'), 6, message);
    await expectCheckReports(s, [message]);
  });
  it('a helper that does not exist is an unknown helper, not a field', async () => {
    const s = scratch({}, atMarket('{{nosuchhelper headline}}'));
    const message = new RegExp(`templates/brief\\.hbs:${at}: unknown helper "nosuchhelper"$`);
    const r = await expectRefused(s, daily(s, '2026-08-21'), 6, message);
    expect(r.stderr).toMatch(/hint: the helpers are: each, if, .*pct/);
    await expectCheckReports(s, [message]);
  });
  it('a syntax error in an archive template', async () => {
    const s = scratch({}, { 'archive/index.hbs': (t) => t.replace('{{/each}}', '{{/eachh}}') });
    await expectCheckReports(s, [/templates\/archive\/index\.hbs:\d+: .*each/]);
  });
});

describe('an unknown symbol', () => {
  it('brief fetch --symbols NOPE: usage error naming the symbol and the universe file', async () => {
    const s = scratch();
    const r = await expectRefused(
      s,
      ['fetch', '--symbols', 'NOPE', '--data', s.data],
      2,
      /unknown symbol NOPE: not in .*universe\.json/,
    );
    expect(r.stdout).toBe('');
  });
});

describe('brief check on good input', () => {
  it('the bundled data, notes and templates pass with no problem and no warning', async () => {
    const s = scratch({ 'notes/2026-01-22.md': NOTE });
    const r = await runCheckCli(s);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(problemLines(r)).toEqual([]);
    expect(r.stdout).toMatch(
      /Check: 28 price files \([\d,]+ rows\), 1 note, \d+ templates, 0 archived briefs: 0 problems, 0 warnings/,
    );
  });
  it('collects every problem of a run, one line each, instead of stopping at the first', async () => {
    const n = lineOf(RUT, '2026-03-04');
    const s = scratch({
      'closes/RUT.csv': replaceLine(RUT, n),
      'closes/GSPC.csv': '',
      'notes/2026-07-03.md': NOTE,
      'notes/todo.md': 'x',
    });
    const lines = await expectCheckReports(s, [
      /RUT\.csv:\d+: session 2026-03-04 is missing/,
      /GSPC\.csv:1: empty file/,
      /2026-07-03\.md: .*not a New York session/,
      /todo\.md: not a note/,
    ]);
    expect(lines).toHaveLength(4);
  });
});
