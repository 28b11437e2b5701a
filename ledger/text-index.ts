// Which one item a text names, for matching 100,000 items by their problem text. An object keyed
// by the texts would intern each one (hash it, copy it into V8's string table) on its first
// insertion; here a text is hashed from its code units in place and compared only with the
// texts of its own hash, so indexing a department's items makes no object or string per item.

/** No item has the text. */
export const NOT_FOUND = -1;
/** More than one item has the text. */
export const SHARED = -2;

/** A 31-bit hash of the text's UTF-16 code units (h·31 + c, kept within int32 without Math.imul). */
export function textHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h & 0x7fffffff;
}

/** Texts mapped to the one value added with them, or SHARED when added more than once. */
export class UniqueTextIndex {
  /** Open addressing: entry index + 1 per slot, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: number[] = [];

  /** Sized for `capacity` texts, at most half full. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The slot holding the text, or the empty slot where it would go. */
  private slot(text: string, hash: number): number {
    let s = hash & this.mask;
    for (;;) {
      const e = this.slots[s] - 1;
      if (e < 0 || (this.hashes[e] === hash && this.texts[e] === text)) return s;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the text (hashed by textHash) with its value. */
  add(text: string, hash: number, value: number): void {
    const s = this.slot(text, hash);
    const e = this.slots[s] - 1;
    if (e >= 0) {
      this.values[e] = SHARED;
      return;
    }
    this.slots[s] = this.texts.length + 1;
    this.texts.push(text);
    this.hashes.push(hash);
    this.values.push(value);
  }

  /** The value added with the text, NOT_FOUND, or SHARED. */
  get(text: string, hash: number): number {
    const e = this.slots[this.slot(text, hash)] - 1;
    return e < 0 ? NOT_FOUND : this.values[e];
  }
}
