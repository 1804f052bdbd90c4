/**
 * docs/methodology.md carries the brief's methodology (templates/methodology.md) and the list of
 * data files word for word, between its markers: `npm run docs` writes that part, and this test
 * fails when either side changed without it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BEGIN,
  dataFiles,
  END,
  generatedPart,
  withGeneratedPart,
} from '../../scripts/docs/methodologyDoc.js';
import { REPO } from '../helpers/cliHarness.js';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

describe('docs/methodology.md', () => {
  it('holds templates/methodology.md and the data files as npm run docs writes them', () => {
    const doc = read('docs/methodology.md');
    const part = generatedPart(
      read('templates/methodology.md'),
      dataFiles(path.join(REPO, 'data')),
    );
    expect(doc.split(BEGIN)).toHaveLength(2);
    expect(doc, 'run `npm run docs` and commit docs/methodology.md').toContain(part);
  });

  it('lists every series of the universe with its first row (RUT from 1987-09-10)', () => {
    const files = dataFiles(path.join(REPO, 'data'));
    expect(files.find((f) => f.symbol === 'RUT')).toEqual({
      symbol: 'RUT',
      name: 'Russell 2000',
      file: 'closes/RUT.csv',
      first: '1987-09-10', // first row of data/closes/RUT.csv
    });
    expect(files.map((f) => f.symbol)).toContain('XLRE');
  });

  it('replaces only the part between the markers, keeping the hand-written text', () => {
    const doc = `# Title\n\nhand\n\n${BEGIN}\nold\n${END}\n\nafter\n`;
    expect(withGeneratedPart(doc, `${BEGIN}\nnew\n${END}`)).toBe(
      `# Title\n\nhand\n\n${BEGIN}\nnew\n${END}\n\nafter\n`,
    );
    expect(withGeneratedPart('# T\n', `${BEGIN}\nx\n${END}`)).toBe(`# T\n\n${BEGIN}\nx\n${END}\n`);
  });
});
