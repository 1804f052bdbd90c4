/**
 * A template in templates/ that does not compile does not break the build (every command would
 * then fail, `brief check` included): the bundle is built without precompiled templates and the
 * run reports the template error itself.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cliHarness.js';

const work = mkdtempSync(path.join(tmpdir(), 'precompile-fallback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text of every .mjs file the build wrote in `dir` and its chunks/. */
function bundleText(dir: string): string {
  const files = [
    ...readdirSync(dir).map((f) => path.join(dir, f)),
    ...readdirSync(path.join(dir, 'chunks')).map((f) => path.join(dir, 'chunks', f)),
  ];
  return files
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

describe('precompiling the templates at build time', () => {
  it('builds without them when one does not compile, and warns', async () => {
    const templates = path.join(work, 'templates');
    cpSync(path.join(REPO, 'templates'), templates, { recursive: true });
    const partial = readdirSync(path.join(templates, 'partials')).find((f) => f.endsWith('.hbs'));
    appendFileSync(path.join(templates, 'partials', partial as string), '{{#if never}}\n');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => void warnings.push(line);
    try {
      const { buildCli } = await import('../../scripts/build.mjs');
      await buildCli(path.join(work, 'dist'), templates);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).toMatch(
      /^build: templates\/ not precompiled \(.*\.hbs:\d+: \{\{#if\}\} opened on line \d+ is never closed/,
    );
    expect(bundleText(path.join(work, 'dist'))).toContain('PRECOMPILED_TEMPLATES = null');
  }, 60_000);
});
