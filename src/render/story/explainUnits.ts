/**
 * Spread units spelled out at their first use: "1.80 percentage points (pp)", "45 basis points
 * (bp, hundredths of a percentage point)", once in what a reader reads in order.
 */

/**
 * The spread units: [short form, its spelling out (singular for exactly 1: "1 basis point (bp,
 * ...)"), the spelt-out form found in an earlier passage].
 */
const UNIT_NAMES: readonly [RegExp, (n: string) => string, RegExp][] = [
  [
    /(\d[\d.,]*) pp\b/,
    (n) => `${n} percentage point${n === '1' ? '' : 's'} (pp)`,
    /percentage points? \(pp\)/,
  ],
  [
    /(\d[\d.,]*) bp\b/,
    (n) => `${n} basis point${n === '1' ? '' : 's'} (bp, hundredths of a percentage point)`,
    /basis points? \(bp, /,
  ],
];

/**
 * Spell out each spread unit at its first use in a passage: the first "1.80 pp" reads
 * "1.80 percentage points (pp)", the first "45 bp" reads "45 basis points (bp, hundredths of a
 * percentage point)"; later uses keep the short form, as do units already used or spelt out in
 * `explained` (an earlier passage). Only text is touched, never a tag.
 */
export function explainUnits(html: string, explained = ''): string {
  let out = html;
  const before = explained.replace(/<[^>]*>/g, '');
  for (const [pattern, long, spelt] of UNIT_NAMES) {
    if (pattern.test(before) || spelt.test(before)) continue;
    const parts = out.split(/(<[^>]*>)/);
    const k = parts.findIndex((p) => !p.startsWith('<') && pattern.test(p));
    if (k >= 0) parts[k] = (parts[k] as string).replace(pattern, (_, n: string) => long(n));
    out = parts.join('');
  }
  return out;
}

/**
 * {@link explainUnits} over paragraphs read in order after `explained`: a unit is spelled out
 * once, in the first paragraph that uses it (the market section's "42 bp" when the lead had none).
 */
export function explainUnitsInOrder(paragraphs: readonly string[], explained = ''): string[] {
  let before = explained;
  return paragraphs.map((html) => {
    const out = explainUnits(html, before);
    before += ` ${out}`;
    return out;
  });
}
