// Expands the command line's files and folders into the list of workbooks to read,
// and names every entry of a folder that is not read, with the reason.
import * as fs from 'fs';
import * as path from 'path';
import { INPUT_EXTENSIONS } from './input-policy';
import { errnoText, msg } from './messages';

/**
 * A path as the file system takes it. Names that are not valid UTF-8 (GBK bytes,
 * as unzipping a Windows zip leaves them) stay raw bytes, so they can still be opened.
 */
export type FsPath = string | Buffer;

export interface InputFile {
  path: FsPath;
  /** The name shown in messages and the report: relative to the folder names are shown from when inside it, else absolute. */
  display: string;
}

/** An entry of an input folder that is not read. */
export interface SkippedEntry {
  display: string;
  reason: string;
  /** The entry exists but could not be read (an error, like an unreadable file), rather than left out by design. */
  unreadable: boolean;
}

export interface FoundInputs {
  /** Deduplicated, in a stable order (command-line order, then names within folders). */
  files: InputFile[];
  /** Folder entries not read, in the order met. */
  skipped: SkippedEntry[];
  /** Command-line arguments that do not exist, as typed. */
  missing: string[];
  /** Files named explicitly whose type cannot be merged, as typed. */
  unsupported: string[];
  /** Set (as typed) when the report path is itself one of the named input files. */
  outIsInput: string | null;
  /** Set when the report path lies in an input folder (left out of `files`; the caller decides whether it may be replaced). */
  outInFolder: string | null;
}

/** The lower-case extension of a path, bytes or not ('' when none). */
export function fileExt(p: FsPath): string {
  return path.extname(typeof p === 'string' ? p : p.toString('latin1')).toLowerCase();
}

function isSupported(name: string): boolean {
  return INPUT_EXTENSIONS.indexOf(path.extname(name).toLowerCase()) >= 0;
}

/** A path's identity for comparison: real path when it exists, case-folded on case-insensitive systems. */
export function pathKey(p: FsPath): string {
  if (typeof p !== 'string') {
    // Never equal to a name typed on the command line, which is text.
    try {
      return 'bytes:' + fs.realpathSync.native(p, { encoding: 'buffer' }).toString('hex');
    } catch {
      return 'bytes:' + p.toString('hex');
    }
  }
  let real = path.resolve(p);
  try {
    real = fs.realpathSync.native(real);
  } catch {
    // Not there yet (e.g. the report before its first run): the resolved path is its identity.
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}

const DIGITS = /(\d+)/;

/**
 * Natural order, as Explorer shows a folder: 部门2 before 部门10. Other text
 * compares by code point, so the order is the same on every machine.
 */
export function byName(a: string, b: string): number {
  const pa = a.split(DIGITS);
  const pb = b.split(DIGITS);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    // split() with a capture group puts digit runs at odd indexes.
    if (i % 2 === 1) {
      const diff = Number(pa[i]) - Number(pb[i]);
      if (diff !== 0) return diff;
    }
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** A file name as bytes → the path to open and the name to show. */
function entryName(raw: Buffer): { name: string; fsName: FsPath } {
  const utf8 = raw.toString('utf8');
  if (Buffer.from(utf8, 'utf8').equals(raw)) return { name: utf8, fsName: utf8 };
  // Not UTF-8: almost always GBK from a Windows zip. Shown decoded, opened by its bytes.
  return { name: new TextDecoder('gb18030').decode(raw), fsName: raw };
}

function joinPath(dir: FsPath, name: FsPath): FsPath {
  if (typeof dir === 'string' && typeof name === 'string') return path.join(dir, name);
  const d = typeof dir === 'string' ? Buffer.from(dir) : dir;
  const n = typeof name === 'string' ? Buffer.from(name) : name;
  return Buffer.concat([d, Buffer.from(path.sep), n]);
}

/** Relative to the working folder when inside it ('' for the folder itself), else absolute. */
export function displayOf(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel) ? abs : rel;
}

/**
 * Finds the workbooks to merge. `args` are the command line's paths as typed,
 * resolved against `cwd`; `outPath` is the report's absolute path. Names are
 * shown relative to `shownFrom` when inside it.
 */
export function findInputs(args: string[], cwd: string, outPath: string, shownFrom: string = cwd): FoundInputs {
  const found: FoundInputs = { files: [], skipped: [], missing: [], unsupported: [], outIsInput: null, outInFolder: null };
  const outKey = pathKey(outPath);
  const seen: { [key: string]: true } = {};
  const visitedDirs: { [key: string]: true } = {};

  const addFile = (file: FsPath, display: string): void => {
    const key = pathKey(file);
    if (typeof file === 'string' && key === outKey) {
      found.outInFolder = file;
      return;
    }
    if (seen[key]) return;
    seen[key] = true;
    found.files.push({ path: file, display });
  };
  const skip = (display: string, reason: string, unreadable = false): void => {
    found.skipped.push({ display, reason, unreadable });
  };

  const walk = (dir: FsPath, dirDisplay: string): void => {
    const dirKey = pathKey(dir);
    if (visitedDirs[dirKey]) return; // a symlink loop or the same folder named twice
    visitedDirs[dirKey] = true;
    let raw: Buffer[];
    try {
      raw = fs.readdirSync(dir, { encoding: 'buffer' });
    } catch (e) {
      skip(dirDisplay || '.', msg.folderUnreadable(errnoText((e as NodeJS.ErrnoException).code)), true);
      return;
    }
    const entries = raw.map(entryName).sort((a, b) => byName(a.name, b.name));
    for (const { name, fsName } of entries) {
      const full = joinPath(dir, fsName);
      const display = path.join(dirDisplay, name);
      let st: fs.Stats;
      try {
        st = fs.statSync(full);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const dangling = code === 'ENOENT' || code === 'ELOOP';
        skip(display, dangling ? msg.danglingLink : msg.unreadable(errnoText(code)), !dangling);
        continue;
      }
      if (name.startsWith('.')) {
        skip(display, st.isDirectory() ? msg.hiddenFolder : msg.hiddenFile);
      } else if (name.startsWith('~$')) {
        skip(display, msg.lockFile);
      } else if (st.isDirectory()) {
        walk(full, display);
      } else if (!st.isFile()) {
        skip(display, msg.notAFile);
      } else if (!isSupported(name)) {
        skip(display, msg.notLedgerType);
      } else {
        addFile(full, display);
      }
    }
  };

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      found.missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      walk(abs, displayOf(abs, shownFrom));
    } else if (pathKey(abs) === outKey) {
      found.outIsInput = arg;
    } else if (!st.isFile() || !isSupported(abs)) {
      found.unsupported.push(arg);
    } else if (!path.basename(abs).startsWith('~$')) {
      addFile(abs, displayOf(abs, shownFrom));
    }
  }
  return found;
}
