/**
 * SVG charts to PNG for the email (most mail clients show no SVG), with @resvg/resvg-js: no
 * browser, no system fonts. resvg reads fonts from TTF/OTF files only, so the brief's embedded
 * Inter faces (woff2, src/render/fonts/interSubset.ts) are decompressed (fontverter) into a
 * private temporary folder for the duration of the call, then removed. resvg fetches nothing:
 * callers pass SVGs without external references (see `findChartSvgs`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import fontverter from 'fontverter';
import { INTER_SUBSET } from '../../render/fonts/interSubset.js';

/** Render SVGs to PNGs `width` pixels wide (height from the SVG's aspect ratio). */
export type RasterizeSvgs = (svgs: readonly string[], width: number) => Promise<Uint8Array[]>;

async function writeFonts(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const face of INTER_SUBSET.faces) {
    const ttf = await fontverter.convert(Buffer.from(face.woff2, 'base64'), 'truetype');
    const file = path.join(dir, `inter-${face.weight}.ttf`);
    await writeFile(file, ttf, { mode: 0o600 });
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

/** The real {@link RasterizeSvgs}: the brief's Inter faces, removed afterwards. */
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
