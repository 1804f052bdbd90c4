/**
 * WCAG 2 contrast of `#rrggbb` colours: relative luminance and the contrast ratio (1 to 21).
 * Text needs at least 4.5:1 against what it sits on, lines and other graphics at least 3:1.
 */

/** Relative luminance of `#rrggbb` (0 = black, 1 = white), per WCAG 2. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, in either order (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Text needs this against its background. */
export const TEXT_CONTRAST = 4.5;

/** Lines and other graphics need this against their background. */
export const LINE_CONTRAST = 3;
