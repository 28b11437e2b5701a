// The temporary files a report is written to before it is renamed into place,
// and the copies of the files it replaces kept until every output is in place:
// their names, and the removal of those a killed run left behind.
import * as fs from 'fs';
import * as path from 'path';

/** The longest file name (in bytes) common file systems accept. */
const MAX_NAME_BYTES = 255;
/** `.<report name>.<pid>.<time>.tmp` (or `.old`): hidden, so the input search never mistakes one for a ledger. */
const TEMP_NAME = /^\.(.*)\.(\d+)\.([0-9a-z]+)\.(tmp|old)$/;
/** The stamp and its separators: "." + pid + "." + base-36 time + ".tmp", with room to spare. */
const SUFFIX_BYTES = 32;
/** A temporary file this old, from a process no longer running, was left by a killed run. */
const STALE_MS = 10 * 60 * 1000;

/** The report's name as it appears in its temporary name: cut (never mid-character) so the whole name fits. */
function stem(target: string): string {
  const chars = Array.from(path.basename(target));
  while (Buffer.byteLength(chars.join('')) > MAX_NAME_BYTES - 1 - SUFFIX_BYTES) chars.pop();
  return chars.join('');
}

/** A fresh path beside `target`: for its new content (tmp) or for the content it replaces (old). */
export function tempPath(target: string, kind: 'tmp' | 'old' = 'tmp'): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, '.' + stem(target) + '.' + process.pid + '.' + Date.now().toString(36) + '.' + kind);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files of `target` left by runs that were killed before they
 * could clean up: ours by name, at least ten minutes old, from a process that
 * no longer runs (a run still writing the same report, even from another PC on
 * a shared folder, keeps its own). Never fails.
 */
export function removeStaleTemps(target: string): void {
  const dir = path.dirname(path.resolve(target));
  const own = stem(target);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || m[1] !== own || Number(m[2]) === process.pid || isRunning(Number(m[2]))) continue;
    const file = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(file).mtimeMs < STALE_MS) continue;
      fs.unlinkSync(file);
    } catch {
      // Gone already, or not ours to remove: left as it is.
    }
  }
}
