/**
 * After loading a brief for print: did the header and footer bands (printBands.ts) take? The
 * bands are a `<style>` appended to the HTML, marked with a hash of the HTML (bandsMark), which a
 * template cannot plant ahead of time.
 */
import type { Page } from 'puppeteer-core';
import { BriefError } from '../../errors.js';
import { bandsMark } from '../printBands.js';

/**
 * Throws BriefError('template') unless exactly one marked `<style>` became a style sheet with its
 * one `@page` rule. HTML that ends inside an element whose content is text (an unclosed
 * `<script>`, `<style>`, `<textarea>`, `<title>`, `<plaintext>` or a comment) swallows it, as does
 * a Content-Security-Policy `<meta>` that forbids inline styles; the PDF would then have no
 * header, footer or page numbers without a word. The template is at fault.
 */
export async function checkPageBands(page: Page, html: string): Promise<void> {
  const selector = `style[data-bands="${bandsMark(html)}"]`;
  const rules = await page.$$eval(selector, (styles) =>
    styles.map((s) => (s as HTMLStyleElement).sheet?.cssRules.length ?? 0),
  );
  if (rules.length === 1 && rules[0] === 1) return;
  throw new BriefError(
    'template',
    'the page header and footer could not be added to the PDF: the HTML ends inside an unclosed element that swallows what follows it (a <script>, <style>, <textarea>, <title>, <plaintext> or a comment), or a Content-Security-Policy forbids inline styles',
    'fix that in the templates; the HTML brief shows where the page stops: what follows it is swallowed',
  );
}
