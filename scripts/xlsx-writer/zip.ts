// The zip container. fflate writes the archive; node:zlib deflates each part, because fflate's
// pure-JS deflate alone needs 1.2–1.8 s for the ~67 MB worksheet of a 100k × 18 report, and zlib
// needs about a quarter of that. A part may be deflated as it is produced (a worksheet of a
// 200,000-row report is over 100 MB of XML), so only its compressed bytes are ever held.
import { Zip, ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync, ZlibOptions } from 'zlib';

/** A part deflated: its compressed bytes in order, and what the archive records of it. */
export interface DeflatedPart {
  path: string;
  /** Uncompressed bytes. */
  size: number;
  crc: number;
  chunks: Uint8Array<ArrayBuffer>[];
}

// Level 1 for big parts: several times faster than 6 for an output ~30% larger.
const BIG_PART = 4 << 20;
/** Deflate's window: the bytes a chunk's back-references may reach into. */
const WINDOW = 32 << 10;

/**
 * Deflates one part from the pieces written to it. A part that stays within BIG_PART is
 * deflated whole at level 6 once it ends. A bigger one is deflated at level 1 piece by piece
 * as it arrives, each piece primed with the window of bytes before it and ended on a byte
 * boundary without closing the stream (a sync flush): the pieces join into one deflate stream,
 * as pigz writes it, and what is held is compressed.
 */
export class PartDeflater {
  private size = 0;
  private crc = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private streaming = false;
  private window: Buffer | null = null;
  private readonly chunks: Uint8Array<ArrayBuffer>[] = [];

  constructor(private readonly path: string) {}

  /** Adds the part's next bytes; `bytes` may be reused by the caller once this returns. */
  write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    this.crc = crc32(bytes, this.crc);
    if (this.streaming) {
      this.deflatePiece(bytes, false);
      return;
    }
    this.pending.push(new Uint8Array(bytes));
    this.pendingBytes += bytes.length;
    if (this.pendingBytes > BIG_PART) {
      this.streaming = true;
      this.deflatePiece(this.takePending(), false);
    }
  }

  /** The part, complete. */
  end(): DeflatedPart {
    if (this.streaming) this.deflatePiece(new Uint8Array(0), true);
    else this.chunks.push(deflateRawSync(this.takePending(), { level: 6 }));
    return { path: this.path, size: this.size, crc: this.crc, chunks: this.chunks };
  }

  private takePending(): Uint8Array {
    const whole = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return whole;
  }

  private deflatePiece(bytes: Uint8Array, last: boolean): void {
    const options: ZlibOptions = { level: 1 };
    if (!last) options.finishFlush = constants.Z_SYNC_FLUSH;
    if (this.window) options.dictionary = this.window;
    this.chunks.push(deflateRawSync(bytes, options));
    const tail = bytes.length >= WINDOW || !this.window ? bytes : Buffer.concat([this.window, bytes]);
    this.window = Buffer.from(tail.subarray(Math.max(0, tail.length - WINDOW)));
  }
}

/** A part whose bytes are all at hand, deflated. */
export function deflatePart(path: string, data: Uint8Array): DeflatedPart {
  const part = new PartDeflater(path);
  part.write(data);
  return part.end();
}

/** The archive of the parts, in the order given. */
export function zipParts(parts: DeflatedPart[], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const part of parts) {
    const file: ZipInputFile = { filename: part.path, size: part.size, crc: part.crc, compression: 8, mtime };
    zip.add(file);
    // Zip and this input are synchronous: the chunks arrive before the call returns.
    const last = part.chunks.length - 1;
    for (let i = 0; i <= last; i++) file.ondata!(null, part.chunks[i], i === last);
  }
  zip.end();
  if (failure) throw failure;
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}
