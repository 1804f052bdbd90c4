/**
 * axe-core in a Chromium page: the serious and critical violations, one line each
 * ("serious: color-contrast (Elements must meet ...) at .kicker"). JavaScript is switched on for
 * the page (the printing path keeps it off).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core on the page's current document; every violation as a line, worst first. */
export async function axeViolations(page: Page): Promise<string[]> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core'), 'utf8') });
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe;
    const r = (await axe.run({ resultTypes: ['violations'] })) as { violations: unknown };
    return r.violations;
  })) as AxeViolation[];
  return violations.map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes[0]?.target}`);
}

/** Only the serious and critical lines of {@link axeViolations}. */
export function seriousOrCritical(lines: readonly string[]): string[] {
  return lines.filter((s) => /^(serious|critical):/.test(s));
}
