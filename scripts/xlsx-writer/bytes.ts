// A growable byte buffer for large XML parts: writing bytes straight into one buffer makes no
// per-cell strings to collect, which on 100k-row sheets costs more than building the XML.

const encoder = new TextEncoder();

export class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(initialSize: number) {
    this.buf = new Uint8Array(Math.max(initialSize, 1024));
  }

  private ensure(extra: number): void {
    if (this.pos + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** Appends a string known to hold only ASCII characters. */
  ascii(s: string): void {
    const n = s.length;
    this.ensure(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Appends a whole number 0 ≤ n < 2^53 in decimal, without making a string. */
  uint(n: number): void {
    this.ensure(16);
    const buf = this.buf;
    const start = this.pos;
    let p = start;
    do {
      const q = Math.floor(n / 10);
      buf[p++] = 48 + n - q * 10;
      n = q;
    } while (n > 0);
    for (let i = start, j = p - 1; i < j; i++, j--) {
      const t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    this.pos = p;
  }

  /** Appends any string as UTF-8. */
  text(s: string): void {
    this.ensure(s.length * 3);
    this.pos += encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  /** Drops everything written after `length`. */
  truncate(length: number): void {
    this.pos = length;
  }

  get length(): number {
    return this.pos;
  }

  /** The bytes written; a view, valid until the next write. */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}
