// Expands the command line's files and folders into the list of workbooks to read.
import * as fs from 'fs';
import * as path from 'path';

export const INPUT_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv'];

export interface FoundInputs {
  /** Absolute paths, deduplicated, in a stable order (command-line order, then names within folders). */
  files: string[];
  /** Command-line arguments that do not exist. */
  missing: string[];
  /** Files named explicitly whose type cannot be merged. */
  unsupported: string[];
  /** Set when the report path is itself one of the named input files. */
  outIsInput: string | null;
  /** Set when the report path lies in an input folder (left out of `files`; the caller decides whether it may be replaced). */
  outInFolder: string | null;
}

function isSupported(name: string): boolean {
  return INPUT_EXTENSIONS.indexOf(path.extname(name).toLowerCase()) >= 0;
}

/** Hidden files/folders and Office's "~$" lock files are never ledgers. */
function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** A path's identity for comparison: real path when it exists, case-folded on case-insensitive systems. */
export function pathKey(p: string): string {
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

export function findInputs(args: string[], outPath: string): FoundInputs {
  const found: FoundInputs = { files: [], missing: [], unsupported: [], outIsInput: null, outInFolder: null };
  const outKey = pathKey(outPath);
  const seen: { [key: string]: true } = {};
  const visitedDirs: { [key: string]: true } = {};

  const addFile = (file: string): void => {
    const key = pathKey(file);
    if (key === outKey) {
      found.outInFolder = path.resolve(file);
      return;
    }
    if (seen[key]) return;
    seen[key] = true;
    found.files.push(path.resolve(file));
  };

  const walk = (dir: string): void => {
    const dirKey = pathKey(dir);
    if (visitedDirs[dirKey]) return; // a symlink loop or the same folder named twice
    visitedDirs[dirKey] = true;
    const names = fs.readdirSync(dir).sort(byName);
    for (const name of names) {
      if (isIgnoredName(name)) continue;
      const full = path.join(dir, name);
      let st: fs.Stats;
      try {
        st = fs.statSync(full);
      } catch {
        continue; // a dangling link is not a ledger
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile() && isSupported(name)) addFile(full);
    }
  };

  for (const arg of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch {
      found.missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      walk(arg);
    } else if (pathKey(arg) === outKey) {
      found.outIsInput = arg;
    } else if (!isSupported(arg)) {
      found.unsupported.push(arg);
    } else if (!path.basename(arg).startsWith('~$')) {
      addFile(arg);
    }
  }
  return found;
}
