/**
 * Every candidate fact of the day (see fact.ts), from each kind's builder.
 */
import { recordFacts, yearEndFacts } from './calendarFacts.js';
import { quietFact } from './quietFact.js';
import type { Fact } from './fact.js';
import { cycleBearFacts } from './cycleBearFacts.js';
import { drawdownFacts } from './drawdownFacts.js';
import { closureFact, moveFacts } from './moveFacts.js';
import { streakEndedFact, streakFact } from './rotationFacts.js';
import { spreadFact } from './spreadFact.js';
import type { StoryInput } from './storyInput.js';

export function storyFacts(x: StoryInput): Fact[] {
  return [
    closureFact(x),
    ...moveFacts(x),
    ...drawdownFacts(x),
    ...cycleBearFacts(x),
    ...yearEndFacts(x),
    streakFact(x),
    streakEndedFact(x),
    spreadFact(x),
    ...recordFacts(x),
  ].filter((f): f is Fact => f !== null);
}

export { quietFact };
