// What the benchmarks print with: the median of repeated runs, and columns padded to a width.

/** The middle value (the upper one of an even count): one slow run does not move it. */
export function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `s` left-aligned in a column `n` characters wide. */
export function padEnd(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - s.length));
}
