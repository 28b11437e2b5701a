// Running the real merge command and reading its report back, for the tests.
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { mergeScript } from './fixtures';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [mergeScript(), ...args], { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status === null ? -1 : r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'merge-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export type Row = unknown[];

/** Every sheet of a report as raw rows (numbers stay numbers, dates stay serials). */
export function readReport(file: string): { [sheet: string]: Row[] } {
  const wb = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
  const out: { [sheet: string]: Row[] } = {};
  for (const name of wb.SheetNames) {
    out[name] = XLSX.utils.sheet_to_json<Row>(wb.Sheets[name], { header: 1, raw: true, defval: null, blankrows: true });
  }
  return out;
}

/** Table rows below a header row, as objects keyed by header text. */
export function table(rows: Row[], headerRow: number): { [col: string]: unknown }[] {
  const header = rows[headerRow] as string[];
  return rows.slice(headerRow + 1).map((r) => {
    const o: { [col: string]: unknown } = {};
    header.forEach((h, i) => {
      o[h] = r[i] === undefined ? null : r[i];
    });
    return o;
  });
}

/**
 * Bytes and modification time of every file under dir (links as their targets'
 * names, names that are not UTF-8 by their bytes): an input must never change.
 */
export function snapshot(dir: string): { [file: string]: string } {
  const out: { [file: string]: string } = {};
  const walk = (d: Buffer): void => {
    for (const name of fs.readdirSync(d, { encoding: 'buffer' })) {
      const full = Buffer.concat([d, Buffer.from(path.sep), name]);
      const key = full.toString('utf8');
      const st = fs.lstatSync(full);
      if (st.isSymbolicLink()) out[key] = 'link to ' + fs.readlinkSync(full, 'utf8');
      else if (st.isDirectory()) {
        if (st.mode & 0o444) walk(full);
        else out[key] = 'unreadable folder';
      } else out[key] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex') + '@' + st.mtimeMs;
    }
  };
  walk(Buffer.from(dir));
  return out;
}
