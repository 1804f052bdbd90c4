/**
 * axe-core (WCAG 2 A/AA and best practices) in a Chromium page. The page must have JavaScript on
 * (the printing path keeps it off; the accessibility tests switch it on for their page only).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

/** One axe-core finding: rule id, impact and how many elements. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly nodes: number;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the open page: every violation found. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(`(async () => {
    if (typeof window.axe?.run !== 'function') throw new Error('axe-core did not load');
    const r = await window.axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'none', nodes: v.nodes.length }));
  })()`) as Promise<AxeFinding[]>;
}

/** The serious and critical findings, one line each ("serious: color-contrast (3 elements)"). */
export function seriousOrCritical(findings: readonly AxeFinding[]): string[] {
  return findings
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map((f) => `${f.impact}: ${f.id} (${f.nodes} elements)`);
}
