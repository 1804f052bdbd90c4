/**
 * Hostile input (issue 11): editor's notes and templates that try to run code or read what they
 * should not, data that tries to crash the run or escape its folder, and command lines that would
 * make a brief change its own inputs. Each is refused with its exit code and one line naming the
 * file (and line), and the data and reports folders are byte-unchanged; nothing of a hostile
 * file's payload runs or reaches the output.
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fakePrinter, REPO, runCli, treeHash } from '../helpers/cliHarness.js';
import type { OpenPrinter } from '../../src/deliver/pdfPrinter.js';
import {
  daily,
  expectCheckReports,
  expectRefused,
  runCheckCli,
  scratch,
} from '../helpers/scratch.js';

const NOTE = readFileSync(path.join(REPO, 'data/notes/2026-01-22.md'), 'utf8');
const RUT = readFileSync(path.join(REPO, 'data/closes/RUT.csv'), 'utf8');
const UNIVERSE = readFileSync(path.join(REPO, 'data/universe.json'), 'utf8');
const BODY = NOTE.slice(NOTE.indexOf('\n---', 3) + 5);
const noteWith = (body: string) => `---\ntitle: A test note\n---\n${body}\n`;

/** A marker file the hostile payloads try to create: it must never exist. */
function marker(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'brief-marker-')), 'pwned');
}

describe("an editor's note never runs code (exit 6, file and line named)", () => {
  it.each(['js', 'javascript', 'coffee', 'JS '])(
    'front matter fenced as ---%s is refused without being evaluated',
    async (lang) => {
      const m = marker();
      const payload =
        lang.trim().toLowerCase() === 'coffee'
          ? `title: process.getBuiltinModule('fs').writeFileSync('${m}', 'x')`
          : `{ title: String(process.getBuiltinModule('fs').writeFileSync('${m}', 'x')) }`;
      const s = scratch({ 'notes/2026-01-22.md': `---${lang}\n${payload}\n---\n${BODY}` });
      await expectRefused(
        s,
        daily(s, '2026-01-22'),
        6,
        new RegExp(
          `notes/2026-01-22\\.md:1: front matter fenced as "---${lang.trim().toLowerCase()}" is not allowed`,
        ),
      );
      await expectCheckReports(s, [/notes\/2026-01-22\.md:1: front matter fenced as/]);
      expect(existsSync(m)).toBe(false);
    },
  );

  it('YAML tags beyond the core schema are refused (no !!js/function, no custom tags)', async () => {
    for (const tagged of [
      'title: !!js/function "function () { return 1 }"',
      'title: !custom value',
    ]) {
      const s = scratch({ 'notes/2026-01-22.md': `---\n${tagged}\n---\n${BODY}` });
      await expectRefused(
        s,
        daily(s, '2026-01-22'),
        6,
        /notes\/2026-01-22\.md: front matter is not valid YAML \(.*tag/i,
      );
    }
  });

  it.each([
    ['{{toString}}', /unknown figure "toString"/],
    ['{{hasOwnProperty}}', /unknown figure "hasOwnProperty"/],
    ['{{series.RUT.constructor}}', /unknown figure "series\.RUT\.constructor"/],
    ['{{series.__proto__.x}}', /unknown figure "series\.__proto__\.x"/],
    ['{{lookup this "__proto__"}}', /"lookup" is not a helper notes may use/],
    ['{{#each series}}{{name}}{{/each}}', /a block \(\{\{#\.\.\.\}\}\) is not allowed in notes/],
    ['{{> brief}}', /a partial .* is not allowed in notes/],
    ['{{{series.RUT.name}}}', /raw output .* is not allowed in notes/],
    ['{{pct series.RUT.day extra=1}}', /hash arguments are not allowed/],
    [
      '{{series.RUT.day}}',
      /"series\.RUT\.day" is a figure, not a number: format it, e\.g\. \{\{pct series\.RUT\.day\}\}/,
    ],
  ])('%s is refused, never rendered blank', async (expr, message) => {
    const s = scratch({ 'notes/2026-01-22.md': noteWith(`Line one.\n\nToday ${expr} happened.`) });
    const r = await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      new RegExp(`notes/2026-01-22\\.md:6: ${message.source}`),
    );
    expect(r.stderr).not.toMatch(/Access has been denied/);
  });

  it('a note over 64 KB (here ~20,000 expressions) is refused before it is parsed', async () => {
    const s = scratch({
      'notes/2026-01-22.md': noteWith('{{pct series.RUT.day}} '.repeat(20_000)),
    });
    await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      /notes\/2026-01-22\.md: \d+(\.\d)? KB, over the 64 KB limit for a editor's note|over the 64 KB limit/,
    );
  });

  it('a note with more than 500 expressions is refused with the line of the 501st', async () => {
    const lines = Array.from({ length: 501 }, () => '{{int pairs.0.streak.current}}');
    const s = scratch({ 'notes/2026-01-22.md': noteWith(lines.join('\n')) });
    await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      /notes\/2026-01-22\.md:504: more than 500 expressions in one note/,
    );
  });

  it('a note may cite an unavailable figure: it renders as the text "n/a"', async () => {
    const s = scratch({
      'notes/2026-01-22.md': noteWith(
        'Total return of the S&P 500 in 1928: {{pct calendarYears.GSPC.years.1.total}}.',
      ),
    });
    const r = await runCli(daily(s, '2026-01-22'));
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(path.join(s.out, '2026/2026-01-22/brief.html'), 'utf8');
    expect(html).toContain('Total return of the S&amp;P 500 in 1928: n/a.');
  });
});

describe('an untrusted --templates folder', () => {
  it.each([
    ['{{toString}}', /unknown field "toString"/],
    ['{{hasOwnProperty}}', /unknown field "hasOwnProperty"/],
    ['{{headline.constructor}}', /unknown field "constructor"/],
    ['{{lookup this "__proto__"}}', /unknown field "__proto__"/],
    ['{{log "x"}}', /the log helper is not available/],
  ])('%s in brief.hbs fails (exit 6) instead of rendering blank', async (expr, message) => {
    const s = scratch(
      {},
      { 'brief.hbs': (t) => t.replace('<h1>{{bindFigures headline}}</h1>', `<h1>${expr}</h1>`) },
    );
    await expectRefused(s, daily(s, '2026-01-22'), 6, message);
  });

  it('a partial linked to a file outside the folder is not read', async () => {
    const s = scratch();
    const secret = path.join(s.root, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-LINE\n');
    unlinkSync(path.join(s.templates, 'partials/notes.hbs'));
    symlinkSync(secret, path.join(s.templates, 'partials/notes.hbs'));
    const r = await expectRefused(
      s,
      daily(s, '2026-01-22'),
      6,
      /partials\/notes\.hbs: links to a file outside .*templates; it is not read/,
    );
    expect(r.stderr + r.stdout).not.toContain('TOP-SECRET');
  });
});

describe('data that would crash the run or escape its folder (exit 3)', () => {
  const rutRow = (date: string) => RUT.split('\n').findIndex((l) => l.startsWith(`${date},`)) + 1;
  const withClose = (date: string, close: string) =>
    RUT.split('\n')
      .map((l) => (l.startsWith(`${date},`) ? `${date},,,,${close},,\r` : l))
      .join('\n');

  it.each([
    ['1e-320', /close 1e-320 is below 0\.000001, the smallest price accepted/],
    ['1e308', /close 1e308 is above 1000000000, the largest price accepted/],
  ])('a close of %s names the file and line', async (close, message) => {
    const s = scratch({ 'closes/RUT.csv': withClose('2026-08-20', close) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      new RegExp(`closes/RUT\\.csv:${rutRow('2026-08-20')}: ${message.source}`),
    );
  });

  it('a sector named twice in universe.json', async () => {
    const u = JSON.parse(UNIVERSE);
    u.sectors.push(u.sectors[2]);
    const s = scratch({ 'universe.json': JSON.stringify(u) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      /universe\.json: sectors\.11: XL\w+ is already named at sectors\.2/,
    );
  });

  it('a pair of a series with itself', async () => {
    const u = JSON.parse(UNIVERSE);
    u.pairs[0].large = u.pairs[0].small;
    const s = scratch({ 'universe.json': JSON.stringify(u) });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      /universe\.json: pairs\.0: RUT is paired with itself/,
    );
  });

  it('a 200 MB price file is refused before it is read', async () => {
    const s = scratch();
    const file = path.join(s.data, 'closes/XLU.csv');
    truncateSync(file, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    const r = await runCli(daily(s, '2026-08-21'));
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/closes\/XLU\.csv: 200 MB, over the 16 MB limit for a price file/);
  });

  it('a small-cap index cut to one row: refused, naming the series (no "Russell 2000 n/a")', async () => {
    const header = RUT.split('\n')[0];
    const row = RUT.split('\n')[rutRow('2026-08-21') - 1];
    const s = scratch({ 'closes/RUT.csv': `${header}\n${row}\n` });
    await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      /closes\/RUT\.csv: RUT has 1 row up to 2026-08-21 \(the file starts 2026-08-21\); a brief needs at least the previous session's close/,
    );
  });

  it('a price file linked to a file outside the data folder is not read, nor quoted', async () => {
    const s = scratch();
    const outside = path.join(s.root, 'outside.csv');
    writeFileSync(outside, 'root:x:0:0:SECRET-FIRST-LINE:/root:/bin/bash\n');
    unlinkSync(path.join(s.data, 'closes/XLE.csv'));
    symlinkSync(outside, path.join(s.data, 'closes/XLE.csv'));
    const r = await expectRefused(
      s,
      daily(s, '2026-08-21'),
      3,
      /closes\/XLE\.csv: links to a file outside .*data; it is not read/,
    );
    const check = await runCheckCli(s);
    expect(check.stdout + check.stderr + r.stderr).not.toContain('SECRET');
  });
});

describe('command lines that are refused', () => {
  it('--range starting on a day with no session: exit 4 naming the sessions around it', async () => {
    const s = scratch();
    await expectRefused(
      s,
      [...daily(s, '2026-08-21'), '--range', '2026-07-03..2026-08-20'],
      4,
      /2026-07-03 is not a New York trading session \(Independence Day/,
    );
  });

  it('--range ending after the brief date: exit 2 (no look-ahead)', async () => {
    const s = scratch();
    await expectRefused(
      s,
      [...daily(s, '2026-08-20'), '--range', '2026-08-03..2026-08-21'],
      2,
      /--range 2026-08-03\.\.2026-08-21 ends after the brief's date 2026-08-20/,
    );
  });

  it('--out inside the data folder: exit 2', async () => {
    const s = scratch();
    const argv = daily(s, '2026-08-21');
    argv[argv.indexOf('--out') + 1] = path.join(s.data, 'reports');
    await expectRefused(s, argv, 2, /--out .*data\/reports is inside the --data folder/);
  });
});

describe('outputs do not depend on where the data folder is', () => {
  it('an absolute --data path appears nowhere in brief.html, stats.json or summary.json', async () => {
    const s = scratch();
    const r = await runCli(daily(s, '2026-01-22'));
    expect(r.code, r.stderr).toBe(0);
    for (const f of ['brief.html', 'stats.json', 'summary.json']) {
      const text = readFileSync(path.join(s.out, '2026/2026-01-22', f), 'utf8');
      expect(text, f).not.toContain(s.root);
    }
    const stats = JSON.parse(readFileSync(path.join(s.out, '2026/2026-01-22/stats.json'), 'utf8'));
    expect(stats.series.RUT.source).toBe('closes/RUT.csv');
  });
});

describe('a rerun whose PDF cannot be printed', () => {
  const failing: OpenPrinter = async () => ({
    print: async () => {
      throw new Error('Protocol error (Page.printToPDF): Target closed');
    },
    close: async () => undefined,
    kill: () => undefined,
  });

  it('keeps the complete brief already there (exit 5), unless --allow-html-only', async () => {
    const s = scratch();
    const argv = daily(s, '2026-01-22').filter((a) => a !== '--no-pdf');
    expect((await runCli(argv, { printer: fakePrinter })).code).toBe(0);
    const dir = path.join(s.out, '2026/2026-01-22');
    const before = treeHash(s.out);

    const kept = await runCli(argv, { printer: failing });
    expect(kept.code, kept.stderr).toBe(5);
    expect(kept.stderr).toMatch(
      /printing the PDF failed: Protocol error .*; the complete brief already in .*2026-01-22 was kept as it was/,
    );
    expect(kept.stderr).toMatch(/--allow-html-only/);
    expect(treeHash(s.out)).toBe(before);

    const replaced = await runCli([...argv, '--allow-html-only'], { printer: failing });
    expect(replaced.code, replaced.stderr).toBe(5);
    expect(existsSync(path.join(dir, 'brief.pdf'))).toBe(false);
    expect(existsSync(path.join(dir, 'brief.html'))).toBe(true);
  });
});

describe('a template that tries to reach the network while printing (real Chromium)', () => {
  it('fails the brief (exit 6) and no request reaches a listener on 127.0.0.1', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    let connections = 0;
    server.on('connection', () => void connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const tags = [
        `<link rel="prefetch" href="${base}/prefetch">`,
        `<link rel="preconnect" href="${base}">`,
        `<link rel="dns-prefetch" href="${base}">`,
        `<style>@import url("${base}/import.css"); body { background: url("${base}/bg.png"); }</style>`,
        `<img srcset="${base}/a.png 1x, ${base}/b.png 2x" alt="">`,
        `<svg><image href="${base}/svg.png"/></svg>`,
      ].join('');
      const s = scratch({}, { 'brief.hbs': (t) => t.replace('</head>', `${tags}</head>`) });
      const argv = daily(s, '2026-01-22').filter((a) => a !== '--no-pdf');
      const before = treeHash(s.data);
      const r = await runCli(argv);
      expect(r.code, r.stderr).toBe(6);
      expect(r.stderr).toMatch(/brief: error: .*(external|request|load)/i);
      expect(treeHash(s.data)).toBe(before);
      expect(existsSync(path.join(s.out, '2026/2026-01-22/brief.pdf'))).toBe(false);
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(hits).toEqual([]);
    expect(connections).toBe(0);
  });
});
