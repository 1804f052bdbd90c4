/**
 * Output goes through the effects (`fx.out`, `fx.log`), never `console`: a stray console.log in
 * src/ (a debugging line left behind) would write to a user's stdout, around the lines scripts
 * parse, and no CLI test would see it (they capture the injected streams). Only src/cli/bin.ts,
 * which wires the real streams, may touch the console.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cliHarness.js';

const CONSOLE = /\bconsole\s*\.\s*(log|error|warn|info|debug|trace|dir|table)\s*\(/;

/** The console calls in `text`, as `line: code`. */
function consoleCalls(text: string): string[] {
  return text
    .split('\n')
    .map((code, k) => `${k + 1}: ${code.trim()}`)
    .filter((line) => CONSOLE.test(line) && !/^\d+: (\/\/|\*)/.test(line));
}

describe('no console output from src/', () => {
  it('finds a console call in a line of code, not in a comment', () => {
    expect(consoleCalls('const x = 1;\n    console.log(x, y);\n')).toEqual([
      '2: console.log(x, y);',
    ]);
    expect(consoleCalls(' * never console.log(...) here\n// console.error(x)\n')).toEqual([]);
  });

  it('has none outside src/cli/bin.ts', () => {
    const src = path.join(REPO, 'src');
    const files = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && f !== path.join('cli', 'bin.ts'))
      .map((f) => path.join(src, f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      consoleCalls(readFileSync(f, 'utf8')).map((l) => `${path.relative(REPO, f)}:${l}`),
    );
    expect(found).toEqual([]);
  });
});
