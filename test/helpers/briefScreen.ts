/**
 * A brief's HTML as a reader's screen shows it (real Chromium): horizontal overflow, table
 * headings over their cells, the rendered size of chart text and text contrast (axe-core: axe.ts).
 * Each measure runs in the page (no script of the brief runs: it has none).
 */
import type { Browser, Page } from 'puppeteer-core';

/** How the page is shown: CSS px width and colour scheme. */
export interface Screen {
  readonly width: number;
  readonly dark: boolean;
}

/** What one screen shows. */
export interface ScreenMeasure {
  /** document.documentElement.scrollWidth and window.innerWidth. */
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** Table id and column of each heading not over its body cells (> 1 px apart). */
  readonly misaligned: string[];
  /** The smallest chart text as rendered: font size x the SVG's scale, CSS px. */
  readonly minChartTextPx: number;
  /**
   * The lowest contrast ratio of text (paragraphs, lists, tables, captions, links, headings, key
   * figures) to the background it sits on, and the element that has it (tag.class).
   */
  readonly minTextContrast: number;
  readonly lowest: string;
}

/** Open `html` in a new page of `browser` at `screen`; close it with page.close(). */
export async function openBrief(browser: Browser, html: string, screen: Screen): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: screen.width, height: 800 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: screen.dark ? 'dark' : 'light' },
  ]);
  await page.setRequestInterception(true);
  page.on('request', (r) => void (r.url().startsWith('data:') ? r.continue() : r.abort()));
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

/**
 * Measure the open page (see {@link ScreenMeasure}). The in-page code is a string: tsx and
 * vitest transpile functions with helpers (`__name`) that do not exist in the page.
 */
export async function measureBrief(page: Page): Promise<ScreenMeasure> {
  return page.evaluate(`(() => {
    const visible = (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const misaligned = [];
    for (const table of document.querySelectorAll('table')) {
      const heads = [...table.querySelectorAll('thead tr:last-child > *')];
      const body = table.querySelector('tbody tr');
      if (!body || heads.length === 0) continue;
      const cells = [...body.children];
      heads.forEach((h, k) => {
        const c = cells[k];
        const [a, b] = [h.getBoundingClientRect(), c?.getBoundingClientRect()];
        const shown = visible(h) && c !== undefined && visible(c);
        if (cells.length !== heads.length || !shown || !b || Math.abs(a.left - b.left) > 1 || Math.abs(a.right - b.right) > 1)
          misaligned.push(\`\${table.id || 'table'}:\${k + 1}\`);
      });
    }
    let minChartTextPx = Infinity;
    for (const svg of document.querySelectorAll('figure.chart svg')) {
      const box = svg.viewBox.baseVal;
      const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent?.trim() || !visible(t)) continue;
        minChartTextPx = Math.min(minChartTextPx, parseFloat(getComputedStyle(t).fontSize) * scale);
      }
    }
    const rgb = (c) => (c.match(/[0-9.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c) => {
      const v = rgb(c).map((x) => x / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (v[0] ?? 0) + 0.7152 * (v[1] ?? 0) + 0.0722 * (v[2] ?? 0);
    };
    const background = (e) => {
      for (let n = e; n; n = n.parentElement) {
        const c = getComputedStyle(n).backgroundColor;
        const alpha = (c.match(/[0-9.]+/g) ?? [])[3];
        if (c !== 'transparent' && alpha !== '0') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    let minTextContrast = Infinity;
    let lowest = '';
    const texts = 'main p, main li, main td, main th, main caption, main figcaption, main a, main h1, main h2, main h3, .kf div, .masthead p, .masthead a';
    for (const e of document.querySelectorAll(texts)) {
      if (!visible(e) || !e.textContent.trim()) continue;
      const [l, bg] = [lum(getComputedStyle(e).color), lum(background(e))];
      const ratio = (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05);
      if (ratio < minTextContrast) [minTextContrast, lowest] = [ratio, e.tagName + '.' + e.className];
    }
    const root = document.documentElement;
    return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, misaligned, minChartTextPx, minTextContrast, lowest };
})()`) as Promise<ScreenMeasure>;
}
