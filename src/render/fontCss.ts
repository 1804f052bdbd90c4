/**
 * The brief's font (Inter, from the @fontsource/inter package), inlined as data URLs so the
 * HTML is self-contained and the PDF does not depend on the machine's fonts.
 */
import { createRequire } from 'node:module';

const WEIGHTS = [400, 600, 700] as const;

/** Paths of the bundled font files (latin subset), one per weight. */
export function fontFiles(): { weight: number; file: string }[] {
  const require = createRequire(import.meta.url);
  return WEIGHTS.map((weight) => ({
    weight,
    file: require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`),
  }));
}

/** @font-face rules for the given font bytes. Pure. */
export function fontFaceCss(fonts: readonly { weight: number; bytes: Uint8Array }[]): string {
  return fonts
    .map(
      ({ weight, bytes }) =>
        `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${Buffer.from(bytes).toString('base64')}) format('woff2');}`,
    )
    .join('\n');
}
