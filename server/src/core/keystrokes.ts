/**
 * Whether two strings are one keystroke apart, as a writer's slip makes them: one character typed for another, two
 * neighbours swapped, or one character added or dropped. Shared by figures (16 万 for 6 万, values.ts) and names
 * (Artifical for Artificial, twoWordNames.ts), each with its own shortest length: shorter strings are too easily
 * one keystroke from anything.
 */
export function oneKeystrokeApart(a: string, b: string, shortest: number): boolean {
  if (a.length < shortest || b.length < shortest || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
