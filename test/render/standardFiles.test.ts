/**
 * The print source notes leave out file names that follow data/closes/<SYMBOL>.csv (one line
 * states the rule): `standardFiles` says when a note's files are exactly those.
 */
import { describe, expect, it } from 'vitest';
import { standardFiles } from '../../src/render/helpers.js';

describe('standardFiles', () => {
  it('is true only for closes/<SYMBOL>.csv of each series, in order', () => {
    expect(standardFiles(['RUT', 'GSPC'], ['closes/RUT.csv', 'closes/GSPC.csv'])).toBe(true);
    expect(standardFiles(['RUT', 'GSPC'], ['closes/GSPC.csv', 'closes/RUT.csv'])).toBe(false);
    expect(standardFiles(['IJR'], ['closes/IJR_adjusted.csv'])).toBe(false);
    expect(standardFiles(['RUT'], ['closes/RUT.csv', 'closes/GSPC.csv'])).toBe(false);
  });

  it('rejects anything but two lists', () => {
    expect(() => standardFiles('RUT', ['closes/RUT.csv'])).toThrow(/standardFiles/);
  });
});
