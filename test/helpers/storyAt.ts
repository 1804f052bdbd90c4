/**
 * The story the engine tells for a real date of the bundled data, with its citations resolved to
 * bracketed numbers, and the same paragraphs as plain text ("... +0.76% [1].") for assertions.
 */
import { computeStats } from '../../src/stats/computeStats.js';
import { SourceNotes } from '../../src/render/narrative/sourceNotes.js';
import { resolveCitations } from '../../src/render/narrative/prose.js';
import { tellStory, type Story } from '../../src/render/story/storyEngine.js';
import type { StoryInput } from '../../src/render/story/storyInput.js';
import { briefInputsAt } from './realBrief.js';

export interface ToldStory {
  readonly story: Story;
  readonly input: StoryInput;
  /** The lead as HTML with numbered citations. */
  readonly leadHtml: string;
  /** The lead and bottom line as plain text, citations as " [N]". */
  readonly lead: string;
  readonly bottomLine: string;
}

/** Plain text of resolved prose: tags dropped, the few entities prose writes decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\u00a0/g, ' ');
}

/** Tell the story of `date` from the bundled data. */
export function storyAt(date: string): ToldStory {
  const { universe, series, asOf } = briefInputsAt(date);
  const stats = computeStats(universe, series, asOf);
  const notes = new SourceNotes((s) => `data/closes/${s}.csv`);
  const input: StoryInput = { stats, universe, notes };
  const story = tellStory(input);
  const numbers = notes.numbering();
  const resolve = (html: string) => resolveCitations(html, (id) => numbers.number(id));
  const leadHtml = resolve(story.lead.html);
  return {
    story,
    input,
    leadHtml,
    lead: textOf(leadHtml),
    bottomLine: textOf(resolve(story.bottomLine.html)),
  };
}
