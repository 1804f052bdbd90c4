/**
 * SVG charts to PNG for the email (most mail clients show no SVG), with @resvg/resvg-js: no
 * browser, no system fonts. resvg reads fonts from TTF/OTF files only, so the bundled Inter WOFF
 * files are unwrapped ({@link woffToSfnt}) into a private temporary folder for the duration of
 * the call, then removed. resvg fetches nothing: callers pass SVGs without external references
 * (see `findChartSvgs`).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woffToSfnt.js';

/** The Inter weights the charts use (regular labels, semibold and bold titles). */
const WEIGHTS = [400, 600, 700] as const;

/** Render SVGs to PNGs `width` pixels wide (height from the SVG's aspect ratio). */
export type RasterizeSvgs = (svgs: readonly string[], width: number) => Promise<Uint8Array[]>;

async function writeFonts(dir: string): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const files: string[] = [];
  for (const weight of WEIGHTS) {
    const woff = await readFile(
      require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
    );
    const file = path.join(dir, `inter-${weight}.ttf`);
    await writeFile(file, woffToSfnt(woff), { mode: 0o600 });
    files.push(file);
  }
  return files;
}

/** One SVG to PNG with the given font files; white background, resvg's log silenced. */
export function svgToPng(svg: string, width: number, fontFiles: readonly string[]): Uint8Array {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
    },
    fitTo: { mode: 'width', value: width },
    background: 'white',
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

/** The real {@link RasterizeSvgs}: Inter from @fontsource/inter, fonts removed afterwards. */
export const rasterizeSvgs: RasterizeSvgs = async (svgs, width) => {
  if (svgs.length === 0) return [];
  const dir = await mkdtemp(path.join(tmpdir(), 'rotation-brief-fonts-'));
  try {
    const fonts = await writeFonts(dir);
    return svgs.map((svg) => svgToPng(svg, width, fonts));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
