/**
 * Source notes: every figure the brief quotes cites one, saying which series, which sessions and
 * which convention (its family's sentence in the registry) it comes from.
 *
 * Collecting and numbering are separate: prose cites a note and gets a placeholder; the brief's
 * template numbers the placeholders as it renders them (helpers `cited` and `cite`), so notes are
 * numbered in the order a reader meets them, whatever order the prose was built in.
 *
 * One note per family, window and aspect: figures of the same family over the same sessions share
 * a note that lists all their series ("RUT, GSPC, IXIC: Jan 21 to Jan 22, 2026; close-to-close
 * ..."), so the list stays short enough to print on one page. A family's convention is written
 * out once, in its first note; a later note of the family (another window: the sectors' day and
 * their past year) says what it measures (its aspect) and refers back ("computed as in note 7"),
 * so no two notes read alike.
 */
import { familyByKey } from '../../stats/registry/registry.js';
import type { Citation } from './prose.js';

export interface SourceNote {
  /** Series symbols, e.g. ["RUT", "GSPC"]. */
  readonly series: readonly string[];
  /** First and last session the figure uses. */
  readonly from: string;
  readonly to: string;
  /** The figure family (a key of the registry): its convention is the note's text. */
  readonly family: string;
  /**
   * What this citation measures, when the family covers several figures over different windows
   * ("the day's gap between the best and worst fund, ranked among these sessions"): shown before
   * the convention, and part of what makes a note distinct.
   */
  readonly aspect?: string;
}

export interface NumberedNote extends Omit<SourceNote, 'aspect'> {
  readonly n: number;
  /** What the note's figure measures, or null (always present, for strict templates). */
  readonly aspect: string | null;
  /**
   * How it is computed: the family's convention in the family's first note; in its later ones
   * "computed as in note K", after the family's title when the note has no aspect.
   */
  readonly convention: string;
  /** The data files the series come from. */
  readonly files: readonly string[];
}

/**
 * `text` with the spaces around a formula's operators made no-break: a minus or times sign before
 * a number or a bracket ("average - 1", "(n - 1)", "x sqrt(252)"; a dash between words is prose)
 * and every plus and division sign ("(1 + small) / (1 + large)"), so no line starts with "- 1."
 * or "+ large)" or ends on a lone operator.
 */
export function formulaUnbroken(text: string): string {
  return text
    .replace(/ ([-x]) (?=\d|sqrt\(|\()/g, '\u00a0$1\u00a0')
    .replace(/ ([+/]) /g, '\u00a0$1\u00a0');
}

/**
 * The family's convention in its first note (`earlier` undefined); later, a reference back to it,
 * after the family's title when the note has no aspect to say what it measures.
 */
function conventionText(note: SourceNote, earlier: number | undefined): string {
  const family = familyByKey(note.family);
  if (earlier === undefined) return formulaUnbroken(family.convention);
  const back = `computed as in note ${earlier}`;
  return note.aspect === undefined ? `${family.title}, ${back}` : back;
}

/** The notes cited while one brief's prose was built, by placeholder id. */
export class SourceNotes {
  private readonly notes = new Map<string, SourceNote & { series: string[] }>();
  private readonly byKey = new Map<string, string>();

  constructor(private readonly fileOf: (symbol: string) => string) {}

  /**
   * The citation of `note`: the same family over the same sessions gets the same id, its series
   * added to the note's list (in the order they were first cited).
   */
  cite(note: SourceNote): Citation {
    familyByKey(note.family); // an unknown family is a bug: fail here, not in the brief
    const key = JSON.stringify([note.from, note.to, note.family, note.aspect ?? null]);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = `n${this.notes.size + 1}`;
      this.byKey.set(key, id);
      this.notes.set(id, { ...note, series: [...note.series] });
    } else {
      const kept = this.notes.get(id)?.series ?? [];
      for (const s of note.series) if (!kept.includes(s)) kept.push(s);
    }
    return { cite: id };
  }

  /** A fresh numbering, for one rendering of the brief. */
  numbering(): CitationNumbers {
    return new CitationNumbers(this.notes, this.fileOf);
  }
}

/** Numbers notes in order of first appearance during one rendering. */
export class CitationNumbers {
  private readonly order: string[] = [];

  constructor(
    private readonly notes: ReadonlyMap<string, SourceNote>,
    private readonly fileOf: (symbol: string) => string,
  ) {}

  /** The number of note `id` (assigned on its first appearance). */
  number(id: string): number {
    if (!this.notes.has(id)) throw new Error(`no source note ${id}`);
    let k = this.order.indexOf(id);
    if (k < 0) k = this.order.push(id) - 1;
    return k + 1;
  }

  /** The notes numbered so far, in number order; a family's convention written out once. */
  list(): NumberedNote[] {
    const firstOf = new Map<string, number>();
    return this.order.map((id, k) => {
      const note = this.notes.get(id) as SourceNote;
      const earlier = firstOf.get(note.family);
      if (earlier === undefined) firstOf.set(note.family, k + 1);
      return {
        ...note,
        n: k + 1,
        aspect: note.aspect ?? null,
        convention: conventionText(note, earlier),
        files: note.series.map(this.fileOf),
      };
    });
  }
}
