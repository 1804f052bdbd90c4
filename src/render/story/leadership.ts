/**
 * Who led the market when its leadership disagrees with the small-vs-large race: the growth
 * index beat the small caps today (small caps may still have beaten large caps), named with the
 * mega-cap stock that led it.
 */
import { isAvailable } from '../../model/figure.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { countWords } from '../narrative/wording.js';
import { movePhrase, spreadText } from './phrasing.js';
import { citeChange, type StoryInput } from './storyInput.js';

/** Smallest rise (0.10%) of a mega-cap named: below it the stock "was little changed". */
const LED_BY_MIN = 0.001;

/** Smallest lead (10 bp) of the growth index over the small caps worth a sentence. */
const LEADERSHIP_MIN = 0.001;

/**
 * When the market's leadership disagrees with the race: the growth index beat the small caps
 * today (small caps may still have beaten large caps), named with the mega-cap that led it;
 * `record`, its close when it closed at a record ("edged up 0.19% to a record 5,531.82").
 */
export function leadership(x: StoryInput, record?: SafeHtml): SafeHtml | null {
  const { smallCap, growth } = x.universe.indices;
  const small = x.stats.series[smallCap.symbol];
  const g = x.stats.series[growth.symbol];
  if (!small || !g || !isAvailable(small.day) || !isAvailable(g.day)) return null;
  if (g.day.value - small.day.value < LEADERSHIP_MIN) return null;
  const megas = x.universe.megaCaps
    .map((m) => x.stats.series[m.symbol])
    .flatMap((s) => (s && isAvailable(s.day) ? [{ s, day: s.day, v: s.day.value }] : []))
    .sort((a, b) => b.v - a.v);
  const mega = megas[0];
  // The universe's list, today's largest stocks: on a 2017 brief NVDA was not "the best of the
  // largest stocks", it is the best of the brief's list (the basket the sector section names),
  // named as a reader knows it ("Amazon", not the file's AMZN).
  const ofList = `the best of the ${countWords(megas.length, 'mega-cap stock')} the brief follows`;
  const to = record ? prose` to a record ${record}` : prose``;
  const cg = citeChange(x, 'day', [g.symbol], g.day);
  const stock =
    mega && mega.v > g.day.value && mega.v >= LED_BY_MIN
      ? prose`, while ${mega.s.name}, ${ofList}, ${movePhrase(mega.v)}${citeChange(x, 'day', [mega.s.symbol], mega.day)}`
      : prose``;
  const still =
    x.stats.pairs[0] &&
    isAvailable(x.stats.pairs[0].spreads.day) &&
    x.stats.pairs[0].spreads.day.value > 0;
  if (still)
    // It beat both, named: "did better still" (and "beat both") pointed back past whatever the
    // lead said in between, and read oddly before "was little changed (+0.03%)".
    return prose`On the day the ${g.name} beat both the ${small.name} and the ${x.universe.indices.largeCap.name}: it ${movePhrase(g.day.value)}${to}${cg}${stock}.`;
  // The gap as the pairs table computes it (small minus growth), unsigned.
  const gap = spreadText(small.day.value - g.day.value);
  // Both fell: "31 bp less than the Russell 2000's fall" (not "less than the Russell 2000").
  const versus =
    g.day.value <= -LEADERSHIP_MIN
      ? `${gap} less than the ${small.name}'s fall`
      : `${gap} ahead of the ${small.name}`;
  return prose`The ${g.name} ${movePhrase(g.day.value)}${to}, ${versus}${cg}${stock}.`;
}
