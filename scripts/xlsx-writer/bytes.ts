// A byte buffer for XML parts: writing bytes straight into one buffer makes no per-cell strings
// to collect, which on 100k-row sheets costs more than building the XML. The bytes are handed on
// to a sink whenever the buffer fills, so a large part is never whole in memory.

const encoder = new TextEncoder();

export class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;
  private readonly spillAt: number;

  /** `sink` receives the bytes in order, as a view valid only during the call. */
  constructor(
    size: number,
    private readonly sink: (bytes: Uint8Array) => void,
  ) {
    this.buf = new Uint8Array(Math.max(size, 1024));
    this.spillAt = this.buf.length;
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

  /** Drops everything written after `length` (at most back to the last spill). */
  truncate(length: number): void {
    this.pos = length;
  }

  /**
   * Hands the bytes written so far to the sink once they fill the buffer. Call it only where
   * nothing written is still to be truncated (between rows).
   */
  spill(): void {
    if (this.pos >= this.spillAt) this.flush();
  }

  /** Hands whatever is left to the sink: the part is complete. */
  end(): void {
    if (this.pos > 0) this.flush();
  }

  private flush(): void {
    this.sink(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  get length(): number {
    return this.pos;
  }
}
