/**
 * A first word that names no command: "brief chek" gets "unknown command 'chek' (did you mean
 * check?)", not commander's "too many arguments" (the top command takes no argument), and "brief
 * 2026-01-22" is pointed to --date. "brief help [command]" is read as "--help".
 */

/** Edit distance of two short words (insert, delete, substitute: 1 each). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(
        Math.min(
          (row[j] as number) + 1,
          (next[j - 1] as number) + 1,
          (row[j - 1] as number) + cost,
        ),
      );
    }
    row = next;
  }
  return row[b.length] as number;
}

/** argv with "help [command]" as "[command] --help"; anything else as it is. */
export function helpAsOption(argv: readonly string[]): string[] {
  return argv[0] === 'help' ? [...argv.slice(1, 2), '--help'] : [...argv];
}

/**
 * The error line for a first word that is no command (`names`: the commands), or null when argv
 * starts with an option or a command.
 */
export function unknownCommand(argv: readonly string[], names: readonly string[]): string | null {
  const word = argv[0];
  if (word === undefined || word.startsWith('-') || names.includes(word)) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(word))
    return `unknown command '${word}' (did you mean --date ${word}?)`;
  const near = names
    .map((n) => ({ n, d: distance(word.toLowerCase(), n) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  return `unknown command '${word}'${near ? ` (did you mean ${near.n}?)` : `; the commands are ${names.join(', ')}`}`;
}
