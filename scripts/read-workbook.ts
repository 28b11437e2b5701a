// Reads one department workbook (any format the departments send) into the
// core's SheetGrid shape. SheetJS is loaded on first use so `--help` and usage
// errors stay fast.
import * as fs from 'fs';
import * as path from 'path';
import type * as XLSXModule from 'xlsx';
import { readTemplateStamp, TEMPLATE_SHEET, TemplateStamp } from '../ledger/template-stamp';
import { CellValue, Merge, SheetGrid } from '../ledger/types';
import { msg } from './messages';
import { odsHiddenSheets } from './ods-hidden';

export interface WorkbookRead {
  /** Visible worksheets, in workbook order. */
  sheets: SheetGrid[];
  /** Names of hidden (or very hidden) worksheets, which are not merged. */
  hidden: string[];
  /** Every sheet name, visible or not (to recognise our own report). */
  sheetNames: string[];
  /** The ledger template this workbook was made from, read from the template's own sheet. */
  template: TemplateStamp | null;
}

/** A file that cannot be read; `message` is Chinese and names no file (the caller adds it). */
export class WorkbookReadError extends Error {}

let xlsx: typeof XLSXModule | undefined;
let codepagesLoaded = false;

interface Codepages {
  utils: { decode(cp: number, data: Uint8Array): string };
}

/**
 * SheetJS's codepage tables, required only for the files that need them (old
 * .xls / OLE containers, GBK text): they take longer to load than a district's
 * week of ledgers takes to read.
 */
function codepages(): Codepages {
  return require('xlsx/dist/cpexcel.js') as Codepages;
}

/** SheetJS's core build, given the codepage tables when the file needs them. */
function sheetjs(needCodepages: boolean): typeof XLSXModule {
  if (!xlsx) xlsx = require('xlsx/dist/xlsx.core.min.js') as typeof XLSXModule;
  if (needCodepages && !codepagesLoaded) {
    xlsx.set_cptable(codepages());
    codepagesLoaded = true;
  }
  return xlsx;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  if (buf.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) return false;
  return true;
}

const ERROR_TEXT: { [code: number]: string } = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function cellValue(cell: XLSXModule.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
    case 'n':
    case 'b':
    case 'd':
      return cell.v as CellValue;
    case 'e':
      return ERROR_TEXT[cell.v as number] || '#ERROR!';
    default:
      return null;
  }
}

function gridRows(ws: XLSXModule.WorkSheet, X: typeof XLSXModule): CellValue[][] {
  const rows: CellValue[][] = [];
  const data = (ws as XLSXModule.DenseWorkSheet)['!data'];
  if (data) {
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      const row: CellValue[] = [];
      if (src) for (let c = 0; c < src.length; c++) row[c] = cellValue(src[c]);
      rows[r] = row;
    }
    return rows;
  }
  // Some parsers ignore `dense`: walk the used range of the sparse sheet instead.
  const ref = ws['!ref'];
  if (!ref) return rows;
  const range = X.utils.decode_range(ref);
  for (let r = 0; r <= range.e.r; r++) {
    const row: CellValue[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = (ws as { [addr: string]: XLSXModule.CellObject })[X.utils.encode_cell({ r, c })];
      if (cell) row[c] = cellValue(cell);
    }
    rows[r] = row;
  }
  return rows;
}

/** UTF-8 (with or without BOM) or UTF-16 when the bytes say so, else GBK as Chinese Excel saves CSV. */
function decodeCsv(buf: Buffer): string {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return buf.toString('utf8', 3);
  if (startsWith(buf, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (startsWith(buf, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return codepages().utils.decode(936, buf);
  }
}

const READ_OPTS: XLSXModule.ParsingOptions = {
  dense: true,
  cellDates: false,
  cellText: false,
  cellNF: false,
  cellStyles: false,
  cellFormula: false,
  cellHTML: false,
  bookVBA: false,
};

/**
 * SheetJS prints English warnings of its own on the console for some files
 * (e.g. "ODS number format may be incorrect" for LibreOffice's number formats),
 * which would break the one-Chinese-line-per-problem output. They say nothing
 * about the ledger's data, so they are silenced while it reads.
 */
function quietly<T>(read: () => T): T {
  const { error, warn } = console;
  console.error = console.warn = () => undefined;
  try {
    return read();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

function parse(file: string, buf: Buffer): XLSXModule.WorkBook {
  return quietly(() => parseLoudly(file, buf));
}

function parseLoudly(file: string, buf: Buffer): XLSXModule.WorkBook {
  const ext = path.extname(file).toLowerCase();
  const X = sheetjs(ext === '.xls' || startsWith(buf, CFB_MAGIC));
  if (ext === '.csv') {
    // raw: keep every CSV field as the text the clerk saw; the core parses dates itself.
    return X.read(decodeCsv(buf), { ...READ_OPTS, type: 'string', raw: true });
  }
  if ((ext === '.xlsx' || ext === '.xlsm' || ext === '.ods') && !startsWith(buf, ZIP_MAGIC) && !startsWith(buf, CFB_MAGIC)) {
    throw new WorkbookReadError(msg.notSpreadsheet);
  }
  return X.read(buf, { ...READ_OPTS, type: 'buffer' });
}

function explain(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/password/i.test(text)) return '文件设有打开密码，请取消密码后再合并。';
  // SheetJS's own wording is English and often misleading ("Unsupported ZIP encryption" for a cut-off file).
  return msg.notSpreadsheet;
}

/** The sheet names of a workbook, or null when it cannot be read as one. Reads no cells. */
export function readSheetNames(file: string): string[] | null {
  if (path.extname(file).toLowerCase() === '.csv') return null;
  try {
    const buf = fs.readFileSync(file);
    return quietly(() => sheetjs(startsWith(buf, CFB_MAGIC)).read(buf, { type: 'buffer', bookSheets: true }).SheetNames);
  } catch {
    return null;
  }
}

export function readWorkbook(file: string): WorkbookRead {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file); // opens read-only; inputs are never written
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === 'EACCES' || code === 'EPERM' ? '没有读取权限。' : msg.unreadable(String(code || e)));
  }
  if (buf.length === 0) throw new WorkbookReadError(msg.emptyFile);
  let wb: XLSXModule.WorkBook;
  try {
    wb = parse(file, buf);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(explain(e));
  }
  const date1904 = !!(wb.Workbook && wb.Workbook.WBProps && wb.Workbook.WBProps.date1904);
  const meta = (wb.Workbook && wb.Workbook.Sheets) || [];
  const odsHidden = path.extname(file).toLowerCase() === '.ods' ? odsHiddenSheets(buf) : [];
  const result: WorkbookRead = { sheets: [], hidden: [], sheetNames: wb.SheetNames.slice(), template: null };
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    const type = ws && (ws['!type'] as string | undefined);
    if (!ws || type === 'chart' || type === 'dialog') return; // no cells to read
    // A template's own sheet holds its stamp and lists, not a ledger.
    if (name === TEMPLATE_SHEET && !result.template) {
      result.template = readTemplateStamp({ name, rows: gridRows(ws, sheetjs(false)) });
      if (result.template) return;
    }
    if ((meta[i] && meta[i].Hidden) || odsHidden.indexOf(name) >= 0) {
      result.hidden.push(name);
      return;
    }
    const merges = (ws['!merges'] || []) as Merge[];
    result.sheets.push({ name, rows: gridRows(ws, sheetjs(false)), merges, firstRow: 0, firstCol: 0, date1904 });
  });
  return result;
}
