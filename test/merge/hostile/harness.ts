// Runs the real merge command on hostile inputs and checks what must hold
// whatever the input: inputs byte-identical, a report SheetJS reads back, every
// row either an item or listed with its reason.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { crc32, deflateRawSync, constants as zlibConstants } from 'zlib';
import { readReport, Row, snapshot, tempDir } from '../cli-helpers';
import { mergeScript } from '../fixtures';
import { NS_MAIN, NS_PKG_REL, NS_REL } from '../../../scripts/xlsx-writer/xml';

export const HEADER = ['问题描述', '整改措施', '责任部门', '责任人', '完成时限', '整改状态'];

export function ledgerRow(problem: string, department = '办公室'): string[] {
  return [problem, '措施', department, '张三', '2026-12-31', '整改中'];
}

interface JsonFile {
  file: string;
  rowsRead: number;
  error?: string;
}

export interface JsonReport {
  files: JsonFile[];
  items: { problem: string; source: { file: string } }[];
  problems: { file: string; sheet: string | null; row: number | null; code: string; severity: string; message: string }[];
}

export interface HostileRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Every sheet of the report, when one was written. */
  report?: { [sheet: string]: Row[] };
  json?: JsonReport;
}

export interface RunOptions {
  /** Run as this user (root can read anything, so unreadable folders need another user). */
  uid?: number;
  /** Extra node options, e.g. a --require'd fault injector. */
  nodeArgs?: string[];
}

/**
 * Runs `run` with node options that make one exported function of the built
 * code (`module`, relative to the build folder) throw a TypeError "injected":
 * a fault nobody foresaw, at a chosen place.
 */
export function withFault(module: string, name: string, run: (nodeArgs: string[]) => void): void {
  const dir = tempDir('fault-');
  try {
    const fault = path.join(dir, 'fault.js');
    const target = path.resolve(__dirname, '..', '..', '..', module);
    fs.writeFileSync(fault, `require(${JSON.stringify(target)})[${JSON.stringify(name)}] = () => { throw new TypeError('injected'); };\n`);
    run(['--require', fault]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes of `text` in a Windows code page (936 GBK, 950 Big5), as Chinese systems write them. */
export function encode(codepage: number, text: string): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- SheetJS's code pages ship as plain JavaScript without types
  const cptable = require('xlsx/dist/cpexcel.js') as { utils: { encode(cp: number, s: string): ArrayLike<number> } };
  return Buffer.from(Uint8Array.from(cptable.utils.encode(codepage, text)));
}

/**
 * The merge as another user runs it: the one-file bundle the executables carry (build/sea/merge.js,
 * made by `npm test` before the tests), copied where that user can read it, since the checkout may
 * lie where only its owner reaches (under /root). Removed by `done`.
 */
function mergeScriptForUser(): { script: string; done: () => void } {
  const dir = tempDir('merge-as-user-');
  fs.chmodSync(dir, 0o755);
  const script = path.join(dir, 'merge.js');
  fs.copyFileSync(path.resolve(__dirname, '..', '..', '..', 'sea', 'merge.js'), script);
  fs.chmodSync(script, 0o644);
  return { script, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Outputs a hostile run writes into its folder; everything else there is an input. */
const OUTPUTS = ['r.xlsx', 'r.json'];

/**
 * Merges `inputs` (relative to `work`) into r.xlsx and r.json and checks the
 * invariants: no input changed, no stray file left, and when a report was
 * written it reads back and accounts for every row.
 */
export function mergeHostile(work: string, inputs: string[], extra: string[] = [], options: RunOptions = {}): HostileRun {
  const before = inputsSnapshot(work);
  const asUser = options.uid === undefined ? null : mergeScriptForUser();
  const args = [
    ...(options.nodeArgs || []),
    asUser ? asUser.script : mergeScript(),
    ...inputs,
    '--out',
    'r.xlsx',
    '--json',
    'r.json',
    '--as-of',
    '2026-11-25',
    ...extra,
  ];
  const r = spawnSync(process.execPath, args, {
    cwd: work,
    encoding: 'utf8',
    uid: options.uid,
    gid: options.uid,
    maxBuffer: 64 << 20,
  });
  if (asUser) asUser.done();
  if (r.error) throw r.error;
  const run: HostileRun = { code: r.status === null ? -1 : r.status, stdout: r.stdout, stderr: r.stderr };
  assert.deepStrictEqual(inputsSnapshot(work), before, 'inputs changed');
  assert.deepStrictEqual(
    fs.readdirSync(work).filter((n) => /\.(tmp|old)$/.test(n)),
    [],
    'a temporary file was left behind',
  );
  // A run that fails (exit 2) writes no report; whatever is at r.xlsx then is not one.
  if (run.code !== 2) {
    run.report = readReport(path.join(work, 'r.xlsx'));
    assert.deepStrictEqual(Object.keys(run.report), ['汇总', '统计', '逾期清单', '临期清单', '数据问题', '报告信息']);
    run.json = JSON.parse(fs.readFileSync(path.join(work, 'r.json'), 'utf8')) as JsonReport;
    assertRowsAccounted(run.json);
  }
  return run;
}

/** Rows read = items + rows listed as skipped, file by file. */
export function assertRowsAccounted(json: JsonReport): void {
  for (const f of json.files) {
    const items = json.items.filter((i) => i.source.file === f.file).length;
    const listed = json.problems.filter((p) => p.file === f.file && p.code === 'row-skipped').length;
    assert.strictEqual(f.rowsRead, items + listed, f.file + ': rows read ≠ items + rows listed');
  }
}

function inputsSnapshot(work: string): { [file: string]: string } {
  const all = snapshot(work);
  for (const out of OUTPUTS) delete all[path.join(work, out)];
  return all;
}

/** A fresh folder every user can read and write (for runs as another user). */
export function openTempDir(): string {
  const dir = tempDir('hostile-');
  fs.chmodSync(dir, 0o777);
  return dir;
}

/** A minimal xlsx whose one sheet holds `rows` as inline strings, zipped with fflate. */
export function xlsxParts(rows: string[][]): { [name: string]: Uint8Array } {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const col = (c: number) => String.fromCharCode(65 + c);
  const sheet =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' +
    NS_MAIN +
    '"><sheetData>' +
    rows
      .map(
        (r, i) =>
          `<row r="${i + 1}">` +
          r.map((v, c) => `<c r="${col(c)}${i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('') +
          '</row>',
      )
      .join('') +
    '</sheetData></worksheet>';
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  };
}

export function zipped(parts: { [name: string]: Uint8Array }, level: 0 | 6 = 6): Buffer {
  return Buffer.from(zipSync(parts, { level }));
}

/** Offsets of every central-directory and local header of `name` in a zip. */
function headersOf(zip: Buffer, name: string): { local: number; central: number } {
  const nameBytes = Buffer.from(name, 'latin1');
  let central = -1;
  for (let p = zip.length - 22; p >= 0; p--) {
    if (zip.readUInt32LE(p) !== 0x02014b50) continue;
    const n = zip.readUInt16LE(p + 28);
    if (zip.subarray(p + 46, p + 46 + n).equals(nameBytes)) central = p;
  }
  assert.ok(central >= 0, 'fixture: no entry ' + name);
  return { local: zip.readUInt32LE(central + 42), central };
}

/** Rewrites the sizes a zip declares for one part (both headers), leaving its data as it is. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const h = headersOf(out, name);
  out.writeUInt32LE(size, h.central + 24);
  out.writeUInt32LE(size, h.local + 22);
  return out;
}

/** Flips bits of the CRC a zip declares for one part (both headers). */
export function breakCrc(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const h = headersOf(out, name);
  out.writeUInt32LE((out.readUInt32LE(h.central + 16) ^ 0x5a5a5a5a) >>> 0, h.central + 16);
  out.writeUInt32LE((out.readUInt32LE(h.local + 14) ^ 0x5a5a5a5a) >>> 0, h.local + 14);
  return out;
}

/** Sets the "encrypted" flag of one part (both headers), leaving its data as it is. */
export function flagEncrypted(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const h = headersOf(out, name);
  out.writeUInt16LE(out.readUInt16LE(h.central + 8) | 1, h.central + 8);
  out.writeUInt16LE(out.readUInt16LE(h.local + 6) | 1, h.local + 6);
  return out;
}

/**
 * A zip bomb: one part of `megabytes` MB of spaces, deflated (about 1 KB per MB),
 * honestly declared unless `declared` says otherwise, beside a valid workbook's other parts.
 */
export function zipBomb(megabytes: number, declared?: number): Buffer {
  const mb = Buffer.alloc(1 << 20, 0x20);
  // Blocks of one MB, each flushed on its own: concatenated they inflate to all the megabytes.
  const block = deflateRawSync(mb, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const blocks: Buffer[] = [];
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    blocks.push(block);
    crc = crc32(mb, crc);
  }
  blocks.push(Buffer.from([0x03, 0x00]));
  const data = Buffer.concat(blocks);
  const size = declared === undefined ? megabytes << 20 : declared;
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size >>> 0, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size >>> 0, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  const directory = 30 + name.length + data.length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(directory, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
