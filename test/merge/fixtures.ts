// Builders for real department workbooks (xlsx, xlsm, xls, ods, csv) used by the
// merge tests, the examples generator and the benchmark.
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from 'xlsx';
import { dayFromYMD, serialFromDay } from '../../ledger/days';

/** A date cell: written as a serial of the workbook's date system with a date format. */
export interface DateMark {
  date: [number, number, number];
}

export type FixtureCell = string | number | boolean | null | DateMark;

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  /** A1 ranges, e.g. 'A1:L1'. */
  merges?: string[];
  hidden?: boolean;
}

export function d(y: number, m: number, day: number): DateMark {
  return { date: [y, m, day] };
}

function isDate(v: FixtureCell): v is DateMark {
  return typeof v === 'object' && v !== null && 'date' in v;
}

function worksheet(sheet: FixtureSheet, date1904: boolean, dateFormat: string): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxC = 0;
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const addr = XLSX.utils.encode_cell({ r, c });
      if (isDate(v)) {
        const [y, m, day] = v.date;
        ws[addr] = { t: 'n', v: serialFromDay(dayFromYMD(y, m, day), date1904), z: dateFormat };
      } else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else if (typeof v === 'boolean') ws[addr] = { t: 'b', v };
      else ws[addr] = { t: 's', v };
      if (c > maxC) maxC = c;
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: maxC } });
  if (sheet.merges) ws['!merges'] = sheet.merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

// SheetJS's ODS writer cannot express '-' in a date format; '/' is what Chinese Excel shows anyway.
export function workbook(sheets: FixtureSheet[], date1904 = false, dateFormat = 'yyyy/m/d'): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, worksheet(s, date1904, dateFormat), s.name);
  wb.Workbook = {
    WBProps: { date1904 },
    Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })),
  } as XLSX.WBProps as XLSX.WorkBook['Workbook'];
  return wb;
}

const BOOK_TYPES: { [ext: string]: XLSX.BookType } = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsm',
  '.xlsb': 'xlsb',
  '.xls': 'xls',
  // WPS's own format is a BIFF8 workbook under another name.
  '.et': 'biff8',
  '.ods': 'ods',
};

/** Writes a workbook in the format its extension names. */
export function writeWorkbook(file: string, sheets: FixtureSheet[], opts: { date1904?: boolean } = {}): void {
  const bookType = BOOK_TYPES[path.extname(file).toLowerCase()];
  if (!bookType) throw new Error('no book type for ' + file);
  const buf = XLSX.write(workbook(sheets, !!opts.date1904), { type: 'buffer', bookType }) as Buffer;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buf);
}

function csvField(v: FixtureCell): string {
  if (v === null) return '';
  if (isDate(v)) return v.date.join('/');
  const s = String(v);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** A CSV as Chinese Excel saves it: GBK by default ("CSV (逗号分隔)"), or UTF-8 with/without BOM. */
export function writeCsv(file: string, rows: FixtureCell[][], encoding: 'gbk' | 'utf8' | 'utf8-bom'): void {
  const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  let bytes: Uint8Array;
  if (encoding === 'gbk') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- SheetJS's code pages ship as plain JavaScript without types
    const cptable = require('xlsx/dist/cpexcel.js') as { utils: { encode(cp: number, s: string): number[] | Uint8Array } };
    bytes = Uint8Array.from(cptable.utils.encode(936, text) as ArrayLike<number>);
  } else {
    const body = Buffer.from(text, 'utf8');
    bytes = encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
}

export { repoRoot } from '../repo-root';

/** The compiled merge command next to this compiled file (build/ or build-merge/). */
export function mergeScript(): string {
  // __dirname is <root>/<build folder>/test/merge
  return path.resolve(__dirname, '..', '..', 'scripts', 'merge.js');
}
