// Writes files whole or not at all: temporary files in the same folder, then
// renames, so a crash or a full disk never leaves a half-written report; when
// one of several outputs cannot be put in place, the ones already placed are
// put back as they were.
import * as fs from 'fs';
import * as path from 'path';
import { errnoText, msg } from './messages';
import { tempPath } from './temp-files';

/** The file-system calls used, replaceable in tests (e.g. to simulate a file locked by Excel). */
export interface WriteFs {
  openSync(p: string, flags: string): number;
  writeSync(fd: number, data: Uint8Array): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(p: string): void;
  linkSync(existing: string, newPath: string): void;
  copyFileSync(from: string, to: string, mode?: number): void;
}

/** The report could not be written; `message` is Chinese and names the file. */
export class ReportWriteError extends Error {}

function reason(e: unknown, display: string, dir: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
    case 'EROFS':
      return msg.writeLocked(display);
    case 'ENOSPC':
    case 'EDQUOT':
      return msg.writeFailed(display, '磁盘空间不足。');
    case 'ENOENT':
    case 'ENOTDIR':
      return msg.writeFailed(display, '文件夹“' + dir + '”不存在。');
    case 'EISDIR':
      return msg.writeFailed(display, '这是一个已有的文件夹，请指定文件名。');
    case 'ENAMETOOLONG':
      return msg.writeFailed(display, '文件名或路径太长，请换一个短一些的名字。');
    default:
      return msg.writeFailed(display, errnoText(code));
  }
}

function writeAll(fsi: WriteFs, fd: number, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) done += fsi.writeSync(fd, data.subarray(done));
}

/** One output of a run: where it goes, its content, and its name in messages. */
export interface OutputFile {
  target: string;
  /** The bytes, text (UTF-8), or a producer of chunks, called once while writing so a large output is never whole in memory. */
  data: Uint8Array | string | (() => Iterable<Uint8Array>);
  display?: string;
}

function chunks(data: OutputFile['data']): Iterable<Uint8Array> {
  if (typeof data === 'function') return data();
  return [typeof data === 'string' ? Buffer.from(data, 'utf8') : data];
}

interface Staged {
  file: OutputFile;
  tmp: string;
}

function displayName(file: OutputFile): string {
  return file.display || file.target;
}

function writeError(e: unknown, file: OutputFile, unrestored: string[]): ReportWriteError {
  const display = displayName(file);
  const text = reason(e, display, path.dirname(display) || '.');
  return new ReportWriteError(unrestored.length > 0 ? text + msg.writeNotRestored(unrestored) : text);
}

function removeQuietly(fsi: WriteFs, tmp: string): void {
  try {
    fsi.unlinkSync(tmp);
  } catch {
    // Never created, or already renamed.
  }
}

/** Writes a file's content to a temporary file beside its target. */
function stage(file: OutputFile, fsi: WriteFs): Staged {
  const tmp = tempPath(file.target, 'tmp');
  let fd: number | null = null;
  try {
    fd = fsi.openSync(tmp, 'wx');
    for (const chunk of chunks(file.data)) writeAll(fsi, fd, chunk);
    fsi.fsyncSync(fd);
    fsi.closeSync(fd);
    fd = null;
    return { file, tmp };
  } catch (e) {
    if (fd !== null) {
      try {
        fsi.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    removeQuietly(fsi, tmp);
    throw writeError(e, file, []);
  }
}

/** An output renamed into place, and where the file it replaced is kept until every output is in place. */
interface Placed {
  file: OutputFile;
  old: string | null;
}

/**
 * Keeps the target's current content beside it — a hard link, or a copy where
 * the file system has no links — so it can be put back; null when there is no
 * target yet.
 */
function keepOld(fsi: WriteFs, target: string): string | null {
  const old = tempPath(target, 'old');
  try {
    fsi.linkSync(target, old);
    return old;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
  }
  try {
    fsi.copyFileSync(target, old, fs.constants.COPYFILE_EXCL);
    return old;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    removeQuietly(fsi, old);
    throw e;
  }
}

/** Undoes the placed outputs, last first; returns the names of those that could not be undone. */
function putBack(fsi: WriteFs, placed: Placed[]): string[] {
  const failed: string[] = [];
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i];
    try {
      if (p.old !== null) fsi.renameSync(p.old, p.file.target);
      else fsi.unlinkSync(p.file.target);
    } catch {
      failed.unshift(displayName(p.file));
    }
  }
  return failed;
}

/**
 * Replaces every target with its data, whole or not at all: all contents are
 * written to temporary files first, and only then renamed into place, in the
 * order given (put the file most likely to be locked — the xlsx open in
 * Excel — first). When a rename fails, the targets already replaced get their
 * old content back (or are removed when they did not exist). Throws
 * ReportWriteError and leaves no temporary file.
 */
export function writeFilesAtomic(files: OutputFile[], fsi: WriteFs = fs): void {
  const staged: Staged[] = [];
  try {
    for (const file of files) staged.push(stage(file, fsi));
  } catch (e) {
    staged.forEach((s) => removeQuietly(fsi, s.tmp));
    throw e;
  }
  const placed: Placed[] = [];
  for (let i = 0; i < staged.length; i++) {
    const file = staged[i].file;
    let old: string | null = null;
    try {
      old = keepOld(fsi, file.target);
      fsi.renameSync(staged[i].tmp, file.target);
    } catch (e) {
      if (old !== null) removeQuietly(fsi, old);
      for (let j = i; j < staged.length; j++) removeQuietly(fsi, staged[j].tmp);
      throw writeError(e, file, putBack(fsi, placed));
    }
    placed.push({ file, old });
  }
  for (const p of placed) if (p.old !== null) removeQuietly(fsi, p.old);
}
