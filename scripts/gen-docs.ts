/**
 * `npm run docs`: write docs/stats-json.md from the figure registry (scripts/docs) and the
 * generated part of docs/methodology.md from templates/methodology.md and data/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataFiles, generatedPart, withGeneratedPart } from './docs/methodologyDoc.js';
import { statsReference } from './docs/statsReference.js';

const root = path.resolve(import.meta.dirname, '..');
const stats = path.join(root, 'docs/stats-json.md');
writeFileSync(stats, statsReference());
console.log(`Wrote ${path.relative(process.cwd(), stats)}`);

const methodology = path.join(root, 'docs/methodology.md');
const part = generatedPart(
  readFileSync(path.join(root, 'templates/methodology.md'), 'utf8'),
  dataFiles(path.join(root, 'data')),
);
writeFileSync(methodology, withGeneratedPart(readFileSync(methodology, 'utf8'), part));
console.log(`Wrote ${path.relative(process.cwd(), methodology)}`);
