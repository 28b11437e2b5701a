// Just enough of the Windows PE format for the executables: drop node.exe's Authenticode signature
// (injecting the merge breaks it, and a broken signature looks like tampering), and read named
// RCDATA resources back (where the merge's blob lives).

const RT_RCDATA = 10;
const SECURITY_DIRECTORY = 4;
const RESOURCE_DIRECTORY = 2;

export class PeFormatError extends Error {}

interface Section {
  rva: number;
  size: number;
  fileOffset: number;
}

export interface PeLayout {
  /** IMAGE_FILE_MACHINE_*: 0x8664 for x64. */
  machine: number;
  /** 0x20b for PE32+ (64-bit). */
  magic: number;
  /** Offset of the data directory table. */
  directories: number;
  directoryCount: number;
  sections: Section[];
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new PeFormatError('not a valid PE file: ' + what);
}

export function peLayout(buf: Buffer): PeLayout {
  check(buf.length > 0x40 && buf.toString('latin1', 0, 2) === 'MZ', 'no MZ header');
  const pe = buf.readUInt32LE(0x3c);
  check(pe + 24 <= buf.length && buf.toString('latin1', pe, pe + 4) === 'PE\0\0', 'no PE signature');
  const machine = buf.readUInt16LE(pe + 4);
  const sectionCount = buf.readUInt16LE(pe + 6);
  const optionalSize = buf.readUInt16LE(pe + 20);
  const optional = pe + 24;
  const magic = buf.readUInt16LE(optional);
  check(magic === 0x20b || magic === 0x10b, 'unknown optional header magic ' + magic.toString(16));
  const countAt = optional + (magic === 0x20b ? 108 : 92);
  const sectionTable = optional + optionalSize;
  const sections: Section[] = [];
  for (let i = 0; i < sectionCount; i++) {
    const s = sectionTable + i * 40;
    check(s + 40 <= buf.length, 'section table cut off');
    sections.push({ size: buf.readUInt32LE(s + 8), rva: buf.readUInt32LE(s + 12), fileOffset: buf.readUInt32LE(s + 20) });
  }
  return { machine, magic, directories: countAt + 4, directoryCount: buf.readUInt32LE(countAt), sections };
}

function directory(buf: Buffer, layout: PeLayout, index: number): { at: number; address: number; size: number } {
  check(index < layout.directoryCount, 'data directory ' + index + ' missing');
  const at = layout.directories + index * 8;
  return { at, address: buf.readUInt32LE(at), size: buf.readUInt32LE(at + 4) };
}

/**
 * The file without its Authenticode signature, as signtool's "remove /s" leaves it: the security
 * directory cleared and the certificate table (always last in the file) cut off.
 */
export function withoutSignature(buf: Buffer): Buffer {
  const layout = peLayout(buf);
  const security = directory(buf, layout, SECURITY_DIRECTORY);
  if (security.size === 0) return buf;
  // The security directory holds a file offset, not an RVA.
  check(security.address + security.size <= buf.length, 'certificate table outside the file');
  const out = Buffer.from(buf.subarray(0, security.address));
  out.writeUInt32LE(0, security.at);
  out.writeUInt32LE(0, security.at + 4);
  return out;
}

export function hasSignature(buf: Buffer): boolean {
  return directory(buf, peLayout(buf), SECURITY_DIRECTORY).size > 0;
}

function fileOffset(layout: PeLayout, rva: number): number {
  for (const s of layout.sections) {
    if (rva >= s.rva && rva < s.rva + s.size) return rva - s.rva + s.fileOffset;
  }
  throw new PeFormatError('not a valid PE file: address ' + rva.toString(16) + ' in no section');
}

interface ResourceEntry {
  name: string | number;
  /** Offset of the subdirectory (or data entry) from the resource section's start. */
  target: number;
  isDirectory: boolean;
}

function resourceEntries(buf: Buffer, base: number, dir: number): ResourceEntry[] {
  const count = buf.readUInt16LE(base + dir + 12) + buf.readUInt16LE(base + dir + 14);
  const entries: ResourceEntry[] = [];
  for (let i = 0; i < count; i++) {
    const e = base + dir + 16 + i * 8;
    const name = buf.readUInt32LE(e);
    const target = buf.readUInt32LE(e + 4);
    let label: string | number = name;
    if (name & 0x80000000) {
      const at = base + (name & 0x7fffffff);
      label = buf.toString('utf16le', at + 2, at + 2 + 2 * buf.readUInt16LE(at));
    }
    entries.push({ name: label, target: target & 0x7fffffff, isDirectory: (target & 0x80000000) !== 0 });
  }
  return entries;
}

/** The named RCDATA resources of a PE file (first language of each), by name. */
export function rcdataResources(buf: Buffer): { [name: string]: Buffer } {
  const layout = peLayout(buf);
  const resources = directory(buf, layout, RESOURCE_DIRECTORY);
  const out: { [name: string]: Buffer } = {};
  if (resources.size === 0) return out;
  const base = fileOffset(layout, resources.address);
  const rcdata = resourceEntries(buf, base, 0).filter((e) => e.name === RT_RCDATA && e.isDirectory)[0];
  if (!rcdata) return out;
  for (const named of resourceEntries(buf, base, rcdata.target)) {
    if (typeof named.name !== 'string' || !named.isDirectory) continue;
    const language = resourceEntries(buf, base, named.target)[0];
    if (!language || language.isDirectory) continue;
    const entry = base + language.target;
    const at = fileOffset(layout, buf.readUInt32LE(entry));
    out[named.name] = buf.subarray(at, at + buf.readUInt32LE(entry + 4));
  }
  return out;
}
