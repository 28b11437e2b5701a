// Writes a file whole or not at all: a temporary file in the same folder, then
// a rename, so a crash or a full disk never leaves a half-written report.
import * as fs from 'fs';
import * as path from 'path';
import { msg } from './messages';

/** The file-system calls used, replaceable in tests (e.g. to simulate a file locked by Excel). */
export interface WriteFs {
  openSync(p: string, flags: string): number;
  writeSync(fd: number, data: Uint8Array): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(p: string): void;
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
    default:
      return msg.writeFailed(display, code || (e instanceof Error ? e.message : String(e)));
  }
}

function writeAll(fsi: WriteFs, fd: number, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) done += fsi.writeSync(fd, data.subarray(done));
}

/** Replaces `target` with `data`; throws ReportWriteError and leaves no temporary file on failure. */
export function writeFileAtomic(target: string, data: Uint8Array | string, display = target, fsi: WriteFs = fs): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = path.dirname(path.resolve(target));
  // Hidden (dot) name: the input search skips it should a run ever be interrupted.
  const tmp = path.join(dir, '.' + path.basename(target) + '.' + process.pid + '.' + Date.now().toString(36) + '.tmp');
  let fd: number | null = null;
  try {
    fd = fsi.openSync(tmp, 'wx');
    writeAll(fsi, fd, bytes);
    fsi.fsyncSync(fd);
    fsi.closeSync(fd);
    fd = null;
    fsi.renameSync(tmp, target);
  } catch (e) {
    if (fd !== null) {
      try {
        fsi.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    try {
      fsi.unlinkSync(tmp);
    } catch {
      // The temporary file was never created.
    }
    throw new ReportWriteError(reason(e, display, path.dirname(display) || '.'));
  }
}
