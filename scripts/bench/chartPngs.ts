/**
 * Review aid: every chart of a brief.html as a PNG, the way a reader (or the email) sees it.
 *   tsx scripts/bench/chartPngs.ts <brief.html> <out-prefix> [scale]
 * writes <out-prefix>-<k>-<name>.png for each inline chart SVG (named from its scoped ids, e.g.
 * `chart-rotationGraph-1`, else from its title), rasterised with the brief's Inter faces at `scale`
 * (default 2) times the SVG's own width.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rasterizeSvgs } from '../../src/deliver/email/rasterizeSvgs.js';

const [htmlFile, prefix, scaleArg] = process.argv.slice(2);
if (!htmlFile || !prefix) {
  process.stderr.write('usage: chartPngs.ts <brief.html> <out-prefix> [scale]\n');
  process.exit(2);
}
/** The chart's name from its scoped ids (`chart-rotationGraph-1`), else from its title. */
function chartName(svg: string): string {
  const id = /\sid="chart-([A-Za-z]+)-\d+"/.exec(svg)?.[1];
  if (id) return id;
  const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? 'chart';
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 24)
    .replace(/-+$/, '');
}

const scale = Number(scaleArg ?? '2');
const html = readFileSync(htmlFile, 'utf8');
const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
for (const [k, svg] of svgs.entries()) {
  const name = `${k + 1}-${chartName(svg)}`;
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? '680') * scale;
  const [png] = await rasterizeSvgs([svg], width);
  writeFileSync(`${prefix}-${name}.png`, png as Uint8Array);
  process.stdout.write(`${prefix}-${name}.png\n`);
}
