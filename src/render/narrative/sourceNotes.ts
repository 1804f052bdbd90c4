/**
 * Numbered source notes: every figure quoted in the prose cites one, saying which series, which
 * sessions and which convention the figure comes from. Notes are numbered in order of first
 * citation; citing the same note twice reuses its number.
 */
import type { Citation } from './prose.js';

export interface SourceNote {
  /** Series symbols, e.g. ["RUT", "GSPC"]. */
  readonly series: readonly string[];
  /** First and last session the figure uses. */
  readonly from: string;
  readonly to: string;
  /** How it is computed, e.g. "close-to-close simple return". */
  readonly convention: string;
}

export interface NumberedNote extends SourceNote {
  readonly n: number;
  /** The data files the series come from. */
  readonly files: readonly string[];
}

/** Collects the notes of one brief. */
export class SourceNotes {
  private readonly notes: NumberedNote[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly fileOf: (symbol: string) => string) {}

  /** The citation for `note`, numbering it on first use. */
  cite(note: SourceNote): Citation {
    const key = JSON.stringify([note.series, note.from, note.to, note.convention]);
    let n = this.byKey.get(key);
    if (n === undefined) {
      n = this.notes.length + 1;
      this.byKey.set(key, n);
      this.notes.push({ ...note, n, files: note.series.map(this.fileOf) });
    }
    return { cite: n };
  }

  /** Every note cited so far, in number order. */
  list(): readonly NumberedNote[] {
    return this.notes;
  }
}
