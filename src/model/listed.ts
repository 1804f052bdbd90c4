/**
 * A list as a sentence writes it: "A", "A and B", "A, B and C" (no serial comma, as the brief
 * writes every list).
 */
export function listed(parts: readonly string[]): string {
  return parts.length < 2
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
