/**
 * Scratch copies of the data and templates for CLI tests of bad or hostile input, and the checks
 * every refusal must pass: exit code, one `brief: error:` line, no stack trace, nothing changed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO, runCli, scratchData, treeHash, type RunResult } from './cliHarness.js';

export interface Scratch {
  root: string;
  data: string;
  out: string;
  templates: string;
}

/**
 * A scratch data folder (the real files, with `overrides` relative to it, notes included), a
 * copy of the templates with `templateEdits` applied, and a reports folder already holding an
 * archive file, so "nothing changed" also covers the reports.
 */
export function scratch(
  overrides: Record<string, string> = {},
  templateEdits: Record<string, (t: string) => string> = {},
): Scratch {
  const closes = Object.fromEntries(
    Object.entries(overrides).filter(([k]) => !k.startsWith('notes/')),
  );
  const { root, data, out } = scratchData(closes);
  for (const [rel, text] of Object.entries(overrides).filter(([k]) => k.startsWith('notes/'))) {
    mkdirSync(path.dirname(path.join(data, rel)), { recursive: true });
    writeFileSync(path.join(data, rel), text);
  }
  const templates = path.join(root, 'templates');
  cpSync(path.join(REPO, 'templates'), templates, { recursive: true });
  for (const [rel, edit] of Object.entries(templateEdits)) {
    const file = path.join(templates, rel);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`template edit of ${rel} changed nothing`);
    writeFileSync(file, after);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<p>the previous archive</p>\n');
  return { root, data, out, templates };
}

/** The lines the CLI wrote that start with `brief: ` (errors), from stderr. */
export const briefLines = (r: RunResult) =>
  r.stderr.split('\n').filter((l) => l.startsWith('brief: '));

/** Run `argv` on `s` and check: exit code, exactly one `brief: error:` line matching, nothing changed. */
export async function expectRefused(
  s: Scratch,
  argv: string[],
  code: number,
  message: RegExp,
): Promise<RunResult> {
  const before = treeHash(s.root);
  const r = await runCli(argv);
  expect(r.code, r.stderr).toBe(code);
  const lines = briefLines(r);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^brief: error: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
  expect(treeHash(s.root)).toBe(before);
  expect(existsSync(path.join(s.out, '2026'))).toBe(false);
  return r;
}

/** The daily brief on scratch `s` for `date`, without PDF. */
export const daily = (s: Scratch, date: string) => [
  '--date',
  date,
  '--no-pdf',
  '--data',
  s.data,
  '--out',
  s.out,
  '--templates',
  s.templates,
];

/** `brief check` through the CLI. */
export async function runCheckCli(s: Scratch, extra: string[] = []): Promise<RunResult> {
  return runCli(['check', '--data', s.data, '--out', s.out, '--templates', s.templates, ...extra]);
}

/** Problem lines of a check (stdout lines naming a file), without the summary line. */
export const problemLines = (r: RunResult) =>
  r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('Check: '));

/** A check that fails with exit 3, lists `expected` among its lines and changes nothing. */
export async function expectCheckReports(s: Scratch, expected: RegExp[]): Promise<string[]> {
  const before = treeHash(s.root);
  const r = await runCheckCli(s);
  expect(r.code, r.stdout + r.stderr).toBe(3);
  const lines = problemLines(r);
  for (const e of expected)
    expect(
      lines.some((l) => e.test(l)),
      `${e} in:\n${lines.join('\n')}`,
    ).toBe(true);
  expect(briefLines(r)).toHaveLength(1);
  expect(briefLines(r)[0]).toMatch(/^brief: error: check found \d+ problems?/);
  expect(treeHash(s.root)).toBe(before);
  return lines;
}
