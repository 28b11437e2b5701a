// Opens a zipped workbook (xlsx, xlsm, xlsb, ods) before SheetJS sees it:
// every part's declared size is checked against the limits first, then each
// part is inflated with its real size bounded and its CRC verified, and the
// parts are handed on as an archive of stored (uncompressed) parts. A zip bomb
// is refused before it allocates anything large, a damaged part is refused
// instead of being merged as garbled text, and SheetJS does not inflate again.
//
// The archive is read the way SheetJS reads it: the last end-of-central-directory
// record, its entry count and offset, each entry's local header for the name and
// the data, the zip64 extra field for sizes.
import { crc32, inflateRawSync } from 'zlib';
import { InputLimits } from './input-policy';
import { msg } from './messages';
import { WorkbookReadError } from './workbook-error';

export interface ZipPart {
  /** As SheetJS names it: one character per byte of the local header's name. */
  name: string;
  /** The inflated bytes (a view into `stored`). */
  data: Buffer;
}

export interface UnpackedZip {
  /** The same archive, every part stored uncompressed. */
  stored: Buffer;
  parts: ZipPart[];
  /** All parts together, inflated. */
  bytes: number;
}

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CD_SIZE = 46;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA = 0x0001;
const ENCRYPTED = 0x0001 | 0x0040 | 0x2000;
const DATA_DESCRIPTOR = 0x0008;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  nameBytes: Buffer;
  method: number;
  crc: number;
  /** The size the entry declares and must inflate to. */
  size: number;
  dataStart: number;
  /** Compressed bytes, as declared. */
  compressed: number;
  /** The sizes follow the data (the local header has none). */
  descriptor: boolean;
}

function corrupt(): WorkbookReadError {
  return new WorkbookReadError(msg.notSpreadsheet);
}

function findEnd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buf.length - EOCD_SIZE; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  throw corrupt();
}

function u64(buf: Buffer, at: number): number {
  return buf.readUInt32LE(at + 4) * 0x100000000 + buf.readUInt32LE(at);
}

/** Sizes from a zip64 extra field, as SheetJS reads them (0 when absent). */
function zip64Sizes(extra: Buffer): { size: number; compressed: number } {
  let p = 0;
  while (p + 4 <= extra.length) {
    const type = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (type === ZIP64_EXTRA && len >= 16 && p + 20 <= extra.length) {
      return { size: u64(extra, p + 4), compressed: u64(extra, p + 12) };
    }
    p += 4 + len;
  }
  return { size: 0, compressed: 0 };
}

function need(buf: Buffer, at: number, length: number): void {
  if (at < 0 || at + length > buf.length) throw corrupt();
}

/** One central-directory entry at `p` and its local header; returns the next entry's position. */
function readEntry(buf: Buffer, p: number, entries: Entry[]): number {
  need(buf, p, CD_SIZE);
  if (buf.readUInt32LE(p) !== CD_SIG) throw corrupt();
  const crc = buf.readUInt32LE(p + 16);
  let compressed = buf.readUInt32LE(p + 20);
  let size = buf.readUInt32LE(p + 24);
  const nameLength = buf.readUInt16LE(p + 28);
  const extraLength = buf.readUInt16LE(p + 30);
  const commentLength = buf.readUInt16LE(p + 32);
  const offset = buf.readUInt32LE(p + 42);
  need(buf, p + CD_SIZE, nameLength + extraLength + commentLength);
  const cdZip64 = zip64Sizes(buf.subarray(p + CD_SIZE + nameLength, p + CD_SIZE + nameLength + extraLength));
  if (cdZip64.size) size = cdZip64.size;
  if (cdZip64.compressed) compressed = cdZip64.compressed;

  need(buf, offset, LOCAL_SIZE);
  if (buf.readUInt32LE(offset) !== LOCAL_SIG) throw corrupt();
  const flags = buf.readUInt16LE(offset + 6);
  const method = buf.readUInt16LE(offset + 8);
  if (flags & ENCRYPTED) throw corrupt();
  let localCompressed = buf.readUInt32LE(offset + 18);
  let localSize = buf.readUInt32LE(offset + 22);
  const localNameLength = buf.readUInt16LE(offset + 26);
  const localExtraLength = buf.readUInt16LE(offset + 28);
  need(buf, offset + LOCAL_SIZE, localNameLength + localExtraLength);
  const nameBytes = buf.subarray(offset + LOCAL_SIZE, offset + LOCAL_SIZE + localNameLength);
  const localZip64 = zip64Sizes(
    buf.subarray(offset + LOCAL_SIZE + localNameLength, offset + LOCAL_SIZE + localNameLength + localExtraLength),
  );
  if (localZip64.size) localSize = localZip64.size;
  if (localZip64.compressed) localCompressed = localZip64.compressed;
  // Without a data descriptor the local header must agree with the directory (SheetJS refuses otherwise).
  if (!(flags & DATA_DESCRIPTOR) && (localSize !== size || localCompressed !== compressed)) throw corrupt();
  if (method !== STORED && method !== DEFLATED) throw corrupt();
  const dataStart = offset + LOCAL_SIZE + localNameLength + localExtraLength;
  need(buf, dataStart, compressed);
  entries.push({ nameBytes, method, crc, size: Math.max(size, localSize), dataStart, compressed, descriptor: !!(flags & DATA_DESCRIPTOR) });
  return p + CD_SIZE + nameLength + extraLength + commentLength;
}

function readDirectory(buf: Buffer, limits: InputLimits): Entry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 8);
  const start = buf.readUInt32LE(end + 16);
  if (count > limits.zipEntries) throw new WorkbookReadError(msg.tooManyParts(count, limits.zipEntries));
  const entries: Entry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) p = readEntry(buf, p, entries);
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > limits.unzippedBytes) throw new WorkbookReadError(msg.unzippedTooLarge(declared, limits.unzippedBytes));
  return entries;
}

/** The part's bytes, never more than it declares; null when they do not match it. */
function inflatePart(buf: Buffer, e: Entry): Buffer | null {
  const input = buf.subarray(e.dataStart, e.dataStart + e.compressed);
  if (e.method === STORED) return input.length === e.size ? input : null;
  try {
    // One output buffer a byte longer than declared: a longer part fails at once, without a second allocation.
    return inflateRawSync(input, { maxOutputLength: Math.max(1, e.size), chunkSize: Math.max(64, e.size + 1) });
  } catch {
    return null;
  }
}

function writeLocal(out: Buffer, at: number, e: Entry): number {
  out.writeUInt32LE(LOCAL_SIG, at);
  out.writeUInt16LE(20, at + 4);
  out.fill(0, at + 6, at + 14); // flags, method (stored), time, date
  out.writeUInt32LE(e.crc, at + 14);
  out.writeUInt32LE(e.size, at + 18);
  out.writeUInt32LE(e.size, at + 22);
  out.writeUInt16LE(e.nameBytes.length, at + 26);
  out.writeUInt16LE(0, at + 28);
  e.nameBytes.copy(out, at + LOCAL_SIZE);
  return at + LOCAL_SIZE + e.nameBytes.length;
}

function writeCentral(out: Buffer, at: number, e: Entry, localOffset: number): number {
  out.writeUInt32LE(CD_SIG, at);
  out.writeUInt16LE(20, at + 4);
  out.writeUInt16LE(20, at + 6);
  out.fill(0, at + 8, at + 16);
  out.writeUInt32LE(e.crc, at + 16);
  out.writeUInt32LE(e.size, at + 20);
  out.writeUInt32LE(e.size, at + 24);
  out.writeUInt16LE(e.nameBytes.length, at + 28);
  out.fill(0, at + 30, at + 42);
  out.writeUInt32LE(localOffset, at + 42);
  e.nameBytes.copy(out, at + CD_SIZE);
  return at + CD_SIZE + e.nameBytes.length;
}

function verifiedPart(buf: Buffer, e: Entry): Buffer {
  const data = inflatePart(buf, e);
  if (data === null || data.length !== e.size || crc32(data) !== e.crc) throw new WorkbookReadError(msg.zipDamaged);
  return data;
}

function verifiedAsIs(buf: Buffer, entries: Entry[], bytes: number): UnpackedZip {
  const parts = entries.map((e) => ({ name: e.nameBytes.toString('latin1'), data: verifiedPart(buf, e) }));
  return { stored: buf, parts, bytes };
}

/**
 * Checks and inflates every part of a zip archive. Throws WorkbookReadError
 * (Chinese) when the archive is damaged or beyond the limits.
 */
export function unpackZip(buf: Buffer, limits: InputLimits): UnpackedZip {
  let entries: Entry[];
  try {
    entries = readDirectory(buf, limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw corrupt(); // a read past the end of a cut-off file
  }
  let bytes = 0;
  let total = EOCD_SIZE;
  for (const e of entries) {
    bytes += e.size;
    total += LOCAL_SIZE + CD_SIZE + 2 * e.nameBytes.length + e.size;
  }
  // An archive already stored (as SheetJS and many web systems write it) is only verified, not copied.
  if (entries.every((e) => e.method === STORED && !e.descriptor)) return verifiedAsIs(buf, entries, bytes);
  const stored = Buffer.allocUnsafe(total);
  const parts: ZipPart[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    const data = verifiedPart(buf, e);
    offsets.push(at);
    at = writeLocal(stored, at, e);
    data.copy(stored, at);
    parts.push({ name: e.nameBytes.toString('latin1'), data: stored.subarray(at, at + e.size) });
    at += e.size;
  }
  const directory = at;
  entries.forEach((e, i) => {
    at = writeCentral(stored, at, e, offsets[i]);
  });
  stored.writeUInt32LE(EOCD_SIG, at);
  stored.fill(0, at + 4, at + 8);
  stored.writeUInt16LE(entries.length, at + 8);
  stored.writeUInt16LE(entries.length, at + 10);
  stored.writeUInt32LE(at - directory, at + 12);
  stored.writeUInt32LE(directory, at + 16);
  stored.writeUInt16LE(0, at + 20);
  return { stored, parts, bytes };
}
