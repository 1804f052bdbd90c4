import { describe, expect, it } from 'vitest';
import { excludedGroups } from '../../src/render/excludedGroups.js';

describe('excludedGroups', () => {
  it('groups series by when their data begin, the shared date said once', () => {
    const r = excludedGroups([
      { symbol: 'AAPL', reason: 'history begins 2016-06-27, after 2011-09-22' },
      { symbol: 'AMZN', reason: 'history begins 2016-06-28, after 2011-09-22' },
      { symbol: 'XLC', reason: 'history begins 2018-06-19, after 2011-09-22' },
    ]);
    expect(r.intro).toBe('Left out of this brief, as their data begin after Sep 22, 2011');
    expect(r.groups).toEqual([
      // Two days of June 2016: both, in the form of the single dates beside them.
      { symbol: 'AAPL, AMZN', reason: 'Jun 27–28, 2016' },
      { symbol: 'XLC', reason: 'Jun 19, 2018' },
    ]);
  });

  it('with reasons of several kinds, groups identical reasons and keeps each in full', () => {
    const r = excludedGroups([
      { symbol: 'AAPL', reason: 'history begins 2016-06-01, after 2011-09-22' },
      { symbol: 'MSFT', reason: 'history begins 2016-06-01, after 2011-09-22' },
      { symbol: 'IJR', reason: 'data ends 2011-09-01, before 2011-09-22' },
    ]);
    expect(r.intro).toBe('Left out of this brief');
    expect(r.groups).toEqual([
      { symbol: 'AAPL, MSFT', reason: 'history begins Jun 1, 2016, after Sep 22, 2011' },
      { symbol: 'IJR', reason: 'data ends Sep 1, 2011, before Sep 22, 2011' },
    ]);
  });
});
