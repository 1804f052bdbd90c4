import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakePrinter, runCli, scratchData, treeHash } from '../helpers/cliHarness.js';

/** Run `argv` on a scratch copy of the data: a usage error (exit 2), one line, nothing written. */
async function refused(argv: string[], message: RegExp) {
  const { root, data, out } = scratchData({});
  const before = treeHash(root);
  const folders = argv[0] === 'send' ? ['--out', out] : ['--data', data, '--out', out];
  const r = await runCli([...argv, ...folders], { printer: fakePrinter });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.split('\n').filter((l) => l.startsWith('brief: '))).toEqual([
    expect.stringMatching(message),
  ]);
  expect(treeHash(root)).toBe(before);
}

describe('options that go together, checked before any work', () => {
  it('--no-pdf with --email: the email attaches the PDF', async () => {
    await refused(
      ['--date', '2026-01-22', '--no-pdf', '--email'],
      /--no-pdf and --email cannot go together/,
    );
  });
  it('--dry-run-email and --allow-partial-delivery without --email', async () => {
    await refused(['--date', '2026-01-22', '--dry-run-email'], /--dry-run-email goes with --email/);
    await refused(
      ['--date', '2026-01-22', '--allow-partial-delivery'],
      /--allow-partial-delivery goes with --email/,
    );
  });
  it('send --mark-sent --dry-run: a dry run records nothing, so it is refused', async () => {
    // Before, it wrote sent/2026-01-22.json ("Recorded ... as emailed (nothing sent)"), and the
    // brief was never sent to subscribers.
    await refused(
      ['send', '--date', '2026-01-22', '--mark-sent', '--dry-run'],
      /--mark-sent and --dry-run cannot go together/,
    );
  });
  it('send --max without --pending, --outbox without --dry-run', async () => {
    await refused(['send', '--date', '2026-01-22', '--max', '3'], /--max goes with --pending/);
    await refused(
      ['send', '--date', '2026-01-22', '--outbox', 'o'],
      /--outbox goes with --dry-run/,
    );
  });
});

describe('folder options', () => {
  it('an empty --out, --data or --templates is a usage error, before anything is written', async () => {
    // Before, --out "" wrote 2026/2026-01-22/ and history/ into the current folder, then failed.
    for (const flag of ['--out', '--data', '--templates']) {
      const r = await runCli(['--date', '2026-01-22', '--no-pdf', flag, '']);
      expect(r.code, flag).toBe(2);
      expect(r.stderr).toContain(`option '${flag} <dir>' argument '' is invalid`);
    }
  });
  it('--max-jump shows its default as the percent it reads (25, not 0.25)', async () => {
    const r = await runCli(['check', '--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(
      /--max-jump <percent> largest close-to-close move of an index or ETF before a warning \(default: 25\)/,
    );
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('(default: 50)');
  });
});

describe('a first word that names no command', () => {
  it('says so and suggests the nearest command (before: "too many arguments")', async () => {
    const r = await runCli(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("brief: error: unknown command 'chek' (did you mean check?)");
    const far = await runCli(['frobnicate']);
    expect(far.stderr).toContain(
      "unknown command 'frobnicate'; the commands are backfill, catch-up, index, merge, fetch, send, check",
    );
  });
  it('points a bare date to --date', async () => {
    const r = await runCli(['2026-01-22']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(did you mean --date 2026-01-22?)');
  });
  it('reads "help [command]" as --help', async () => {
    const r = await runCli(['help', 'send']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: brief send \[options\]/);
  });
});

describe('--no-pdf never drops a PDF silently', () => {
  it('refuses a date whose brief has its PDF, unless --allow-html-only; backfill keeps it', async () => {
    const { data, out } = scratchData({});
    const folders = ['--data', data, '--out', out];
    const built = await runCli(['--date', '2026-01-22', ...folders], { printer: fakePrinter });
    expect(built.code, built.stderr).toBe(0);
    const pdf = path.join(out, '2026/2026-01-22/brief.pdf');
    const before = readFileSync(pdf);
    // Before, this left the folder with brief.html, stats.json and summary.json only (exit 0).
    const r = await runCli(['--date', '2026-01-22', '--no-pdf', ...folders]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds a complete brief with its PDF: --no-pdf would replace it/);
    expect(readFileSync(pdf)).toEqual(before);
    // A backfill over it builds the other dates and keeps this one as it was.
    const b = await runCli([
      'backfill',
      '--from',
      '2026-01-21',
      '--to',
      '2026-01-22',
      '--no-pdf',
      ...folders,
    ]);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain('1 built, 0 skipped (unchanged), 1 kept as they were');
    expect(readFileSync(pdf)).toEqual(before);
    // Asked for, it is replaced.
    const h = await runCli(['--date', '2026-01-22', '--no-pdf', '--allow-html-only', ...folders]);
    expect(h.code, h.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(false);
  });
});
