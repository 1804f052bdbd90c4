/**
 * `npm run docs`: write docs/stats-json.md from the figure registry (scripts/docs).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { statsReference } from './docs/statsReference.js';

const file = path.resolve(import.meta.dirname, '../docs/stats-json.md');
writeFileSync(file, statsReference());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
