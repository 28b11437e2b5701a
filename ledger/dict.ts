// Dictionaries keyed by arbitrary cell text. They have no prototype, so a key
// such as "constructor" finds nothing inherited and needs no '#' prefix: a
// prefix builds a new string on every lookup, which the row loops cannot afford.

export type Dict<T> = { [key: string]: T | undefined };

export function emptyDict<T>(): Dict<T> {
  return Object.create(null) as Dict<T>;
}
