// Distinct strings, each listed once; a string's id is its position. Backs the
// shared string table and the style table's fonts, fills, borders and cell formats.
export class Pool {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(initial: string[] = []) {
    for (const x of initial) this.id(x);
  }

  /** Index of `s`, adding it on first use. */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(s, id);
      this.items.push(s);
    }
    return id;
  }
}
