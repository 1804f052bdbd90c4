/**
 * The document a printer prints once, and throws away, while the brief is computed
 * (printPdf.ts's warm-up print): the brief's embedded font faces, in both weights, in running
 * text, a table and an SVG label, the kinds of text the brief prints. Only our own fonts: no
 * template or note reaches it.
 */

/** The warm-up document for `fontCss` (the brief's @font-face rules, fontCss.ts). */
export function printWarmUpHtml(fontCss: string, family: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<style>${fontCss}\nbody{font-family:${family},sans-serif;font-size:10pt}</style>`,
    '</head><body><h1>Rotation brief</h1>',
    '<p>Small caps <strong>+1.35%</strong> against 2,718.77, 45 bp.</p>',
    '<table><tr><th>Index</th><td>6,512.30</td></tr></table>',
    `<svg width="120" height="20" viewBox="0 0 120 20"><text x="0" y="14" font-family="${family}">Jan 2026</text></svg>`,
    '</body></html>',
  ].join('');
}
