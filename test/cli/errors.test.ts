import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, fakePrinter, runCli, scratchData, treeHash } from '../helpers/cliHarness.js';

const rut = readFileSync(path.join(REPO, 'data/closes/RUT.csv'), 'utf8');
const lines = rut.split('\n');
// Line numbers are 1-based with the header as line 1; lines[k] is line k + 1.
// The bundled files end lines with CRLF, so a replacement line keeps the \r.
const withLine = (lineNo: number, text: string) =>
  [
    ...lines.slice(0, lineNo - 1),
    text.endsWith('\r') ? text : `${text}\r`,
    ...lines.slice(lineNo),
  ].join('\n');

async function expectCleanFailure(
  argv: string[],
  overrides: Record<string, string>,
  code: number,
  message: RegExp,
  opts = {},
) {
  const { root, data, out } = scratchData(overrides);
  const before = treeHash(root);
  const r = await runCli([...argv, '--data', data, '--out', out], {
    printer: fakePrinter,
    ...opts,
  });
  expect(r.code).toBe(code);
  const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('brief: '));
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
  expect(treeHash(root)).toBe(before);
  return r;
}

describe('bad input stops the run with one line, a non-zero exit and nothing written', () => {
  it('a duplicate date names the file and line', async () => {
    // line 3 is 1987-09-11; writing line 2 again as line 3 duplicates 1987-09-10
    await expectCleanFailure(
      ['--no-pdf'],
      { 'closes/RUT.csv': withLine(3, lines[1] as string) },
      3,
      /RUT\.csv:3: .*duplicate date 1987-09-10/,
    );
  });
  it('a negative price', async () => {
    await expectCleanFailure(
      ['--no-pdf'],
      { 'closes/RUT.csv': withLine(4, '1987-09-14,170.54,171.07,-170.1,170.9,,') },
      3,
      /RUT\.csv:4: .*negative/,
    );
  });
  it('a missing column', async () => {
    const noVolume = lines
      .map((l) => l.replace(/\r$/, '').split(',').slice(0, 6).join(','))
      .join('\n');
    await expectCleanFailure(
      ['--no-pdf'],
      { 'closes/GSPC.csv': noVolume.replace('RUT', 'GSPC') },
      3,
      /GSPC\.csv:1: .*volume/,
    );
  });
  it('a non-date', async () => {
    await expectCleanFailure(
      ['--no-pdf'],
      { 'closes/RUT.csv': withLine(5, 'Sept 15 1987,170,171,169,170.5,,') },
      3,
      /RUT\.csv:5: .*date/,
    );
  });
  it('a malformed --date is a usage error', async () => {
    await expectCleanFailure(
      ['--date', '2026-1-22'],
      {},
      2,
      /2026-1-22.*YYYY-MM-DD|YYYY-MM-DD.*2026-1-22/,
    );
  });
  it('an impossible --date is a usage error', async () => {
    await expectCleanFailure(['--date', '2026-02-30'], {}, 2, /2026-02-30/);
  });
  it('an explicit date with no session names the previous and next sessions', async () => {
    const r = await expectCleanFailure(
      ['--date', '2026-01-19'],
      {},
      4,
      /2026-01-19 is not a New York trading session \(Martin Luther King Jr\. Day\)/,
    );
    expect(r.stderr).toMatch(/previous session is 2026-01-16, the next is 2026-01-20/);
  });
  it('a date after the data is a stale-data error naming the series', async () => {
    await expectCleanFailure(
      ['--date', '2026-08-24', '--no-pdf'],
      {},
      3,
      /RUT data ends 2026-08-21, before 2026-08-24/,
    );
  });
  it('without --date on a day with no session: exit 0, a message, nothing written', async () => {
    const { root, data, out } = scratchData();
    const before = treeHash(root);
    const r = await runCli(['--data', data, '--out', out], { now: '2026-11-26T18:00:00' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /No New York session today \(2026-11-26, Thanksgiving Day\): nothing to do/,
    );
    expect(treeHash(root)).toBe(before);
  });
  it('no browser found: exit 5 with a hint, no PDF (the HTML and stats.json are still written)', async () => {
    const { data, out } = scratchData();
    const r = await runCli(['--date', '2026-01-22', '--data', data, '--out', out], {
      env: { ROTATION_BRIEF_CHROME: '/nonexistent/chrome' },
    });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(
      /brief: error: ROTATION_BRIEF_CHROME=\/nonexistent\/chrome: no such file/,
    );
    const dir = path.join(out, '2026/2026-01-22');
    expect(() => readFileSync(path.join(dir, 'brief.pdf'))).toThrow(/ENOENT/);
    expect(readFileSync(path.join(dir, 'brief.html'), 'utf8')).toContain('January 22, 2026');
  });
  it('a "browser" that exits at once: exit 5 within seconds, saying how it exited', async () => {
    const { root, data, out } = scratchData();
    const fake = path.join(root, 'not-chrome');
    writeFileSync(fake, '#!/bin/sh\necho "not-chrome: no display" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    const started = performance.now();
    const r = await runCli(['--date', '2026-01-22', '--data', data, '--out', out], {
      env: { ROTATION_BRIEF_CHROME: fake },
    });
    expect(performance.now() - started).toBeLessThan(25_000); // the start deadline is 30 s
    expect(r.code).toBe(5);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('brief: '))).toEqual([
      `brief: error: could not launch ${fake}: it exited (exit code 3) before the browser was ready; its last output: not-chrome: no display`,
    ]);
    expect(r.stderr).toMatch(/hint: set ROTATION_BRIEF_CHROME to a Chrome or Chromium executable/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(out, '2026/2026-01-22/brief.html'), 'utf8')).toContain(
      'January 22, 2026',
    );
  }, 40_000);
  it('an unknown option is a usage error', async () => {
    const r = await runCli(['--colour', 'red']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--colour'/);
  });
});

describe('--range FROM..TO', () => {
  it("adds each series' return between the two sessions to stats.json", async () => {
    const { data, out } = scratchData();
    const r = await runCli([
      '--date',
      '2026-01-22',
      '--no-pdf',
      '--range',
      '2026-01-02..2026-01-22',
      '--data',
      data,
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const stats = JSON.parse(readFileSync(path.join(out, '2026/2026-01-22/stats.json'), 'utf8'));
    // RUT: 2718.77 / 2508.22 (2026-01-02 close) - 1 = 210.55 / 2508.22 = 0.0839440
    expect(stats.range.returns.RUT.value).toBeCloseTo(0.083944, 6);
    // 14 closes from Jan 2 to Jan 22 (Jan 19 was MLK Day): 13 sessions of returns
    expect(stats.range.returns.RUT).toMatchObject({
      from: '2026-01-02',
      to: '2026-01-22',
      sessions: 13,
    });
  });
  it('a malformed range is a usage error', async () => {
    const r = await runCli(['--range', '2026-01-22..2026-01-02']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/FROM\.\.TO/);
  });
});
