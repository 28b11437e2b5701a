// Reads one department workbook (any format the departments send) into the
// core's SheetGrid shape. Before SheetJS parses a file, its size, inflated
// size and cell count are checked against the input limits, a zip's parts are
// verified, and a text file's character set is decided here. SheetJS is loaded
// on first use so `--help` and usage errors stay fast.
import * as fs from 'fs';
import type * as XLSXModule from 'xlsx';
import { readTemplateStamp, STAMP_ROWS, TEMPLATE_SHEET, TemplateStamp } from '../ledger/template-stamp';
import { CellValue, Merge, SheetGrid } from '../ledger/types';
import { biffCells, markupCells, odsCells, textCells, xlsbCells, xmlCells } from './cell-count';
import { collectGarbage } from './collect-garbage';
import { fileExt, FsPath } from './find-inputs';
import { INPUT_LIMITS, InputLimits } from './input-policy';
import { errnoText, msg } from './messages';
import { odsHiddenSheets } from './ods-hidden';
import { decodeText } from './text-decode';
import { WorkbookReadError } from './workbook-error';
import { unpackZip } from './zip-unpack';

export { WorkbookReadError } from './workbook-error';

export interface WorkbookRead {
  /** Visible worksheets, in workbook order. */
  sheets: SheetGrid[];
  /** Names of hidden (or very hidden) worksheets, which are not merged. */
  hidden: string[];
  /** Every sheet name, visible or not (to recognise our own report). */
  sheetNames: string[];
  /** The ledger template this workbook was made from, read from the template's own sheet. */
  template: TemplateStamp | null;
  /** The workbook uses the 1904 date system (each sheet says so too). */
  date1904: boolean;
  /** For a text file (CSV, HTML or XML table): the character set it was decoded with. */
  encoding?: string;
}

let xlsx: typeof XLSXModule | undefined;
let codepagesLoaded = false;

/**
 * Node 22 and later parse large sheets with SheetJS's minified builds at twice the peak memory of its
 * readable build (measured: 1.2 GB against 0.6 GB for one 200,000-row sheet; 217 against 152 MB at
 * 20,000 rows); Node 20 shows no difference. The readable build loads ~100 ms slower and brings the
 * codepages, so Node 20 keeps the small core build.
 */
const READABLE_SHEETJS = Number(process.versions.node.split('.')[0]) >= 22;

/**
 * SheetJS's core build, given its codepage tables when the file needs them
 * (old .xls / OLE containers): they take longer to load than a district's week
 * of ledgers takes to read.
 */
function sheetjs(needCodepages: boolean): typeof XLSXModule {
  if (!xlsx) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- which build is chosen at run time
    xlsx = READABLE_SHEETJS ? (require('xlsx/xlsx.js') as typeof XLSXModule) : (require('xlsx/dist/xlsx.core.min.js') as typeof XLSXModule);
    // The readable build carries its codepage tables.
    codepagesLoaded = READABLE_SHEETJS;
  }
  if (needCodepages && !codepagesLoaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for files that need them
    xlsx.set_cptable(require('xlsx/dist/cpexcel.js'));
    codepagesLoaded = true;
  }
  return xlsx;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** Extensions whose files are always zip archives (or, encrypted, OLE containers). */
const ZIPPED_EXTENSIONS = ['.xlsx', '.xlsm', '.xlsb', '.ods'];
/** Bytes looked at to tell text from binary. */
const SNIFF_BYTES = 4096;

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  if (buf.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) return false;
  return true;
}

/** What SheetJS is given, after the checks. */
type Prepared =
  | { kind: 'zip'; data: Buffer; contentXml?: Buffer }
  | { kind: 'text'; text: string; encoding: string; markup: boolean }
  | { kind: 'binary'; data: Buffer };

function readBytes(file: FsPath, limits: InputLimits): Buffer {
  let buf: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > limits.fileBytes) throw new WorkbookReadError(msg.fileTooLarge(size, limits.fileBytes));
    buf = fs.readFileSync(file); // opens read-only; inputs are never written
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(msg.unreadable(errnoText((e as NodeJS.ErrnoException).code)));
  }
  if (buf.length === 0) throw new WorkbookReadError(msg.emptyFile);
  return buf;
}

function checkCells(cells: number, limits: InputLimits): void {
  if (cells > limits.cells) throw new WorkbookReadError(msg.tooManyCells(cells, limits.cells));
}

function prepareZip(buf: Buffer, limits: InputLimits): Prepared {
  const zip = unpackZip(buf, limits);
  let cells = 0;
  let contentXml: Buffer | undefined;
  for (const part of zip.parts) {
    if (part.name === 'content.xml') {
      contentXml = part.data;
      cells += odsCells(part.data);
    } else if (/\.xml$/i.test(part.name)) cells += xmlCells(part.data);
    else if (/worksheets\/.*\.bin$/i.test(part.name)) cells += xlsbCells(part.data);
  }
  checkCells(cells, limits);
  return { kind: 'zip', data: zip.stored, contentXml };
}

/** The workbook stream of an OLE container (BIFF .xls / .et), if it has one. */
function biffStream(buf: Buffer): Uint8Array | null {
  const cfb = sheetjs(true).CFB as unknown as {
    read(data: Buffer, opts: { type: string }): unknown;
    find(cfb: unknown, path: string): { content?: Uint8Array } | null;
  };
  const container = cfb.read(buf, { type: 'buffer' });
  const entry = cfb.find(container, 'Workbook') || cfb.find(container, 'Book');
  return entry && entry.content ? entry.content : null;
}

/** Text unless there is a NUL byte early on (UTF-16 text carries a byte-order mark, checked first). */
function looksLikeText(buf: Buffer): boolean {
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return true;
  return buf.subarray(0, SNIFF_BYTES).indexOf(0) < 0;
}

function prepare(buf: Buffer, ext: string, limits: InputLimits): Prepared {
  if (startsWith(buf, ZIP_MAGIC)) return prepareZip(buf, limits);
  if (startsWith(buf, CFB_MAGIC)) {
    let stream: Uint8Array | null = null;
    try {
      stream = biffStream(buf);
    } catch {
      // Not a readable container: SheetJS says why below.
    }
    if (stream) checkCells(biffCells(stream), limits);
    return { kind: 'binary', data: buf };
  }
  if (ZIPPED_EXTENSIONS.indexOf(ext) >= 0) throw new WorkbookReadError(msg.notSpreadsheet);
  if (ext !== '.csv' && !looksLikeText(buf)) return { kind: 'binary', data: buf };
  const decoded = decodeText(buf);
  const markup = ext !== '.csv' && /^\s*</.test(decoded.text);
  checkCells(markup ? markupCells(decoded.text) : textCells(decoded.text), limits);
  return { kind: 'text', text: decoded.text, encoding: decoded.encoding, markup };
}

export const ERROR_TEXT: { [code: number]: string } = {
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

function parse(p: Prepared, opts: XLSXModule.ParsingOptions): XLSXModule.WorkBook {
  return quietly(() => {
    if (p.kind === 'text') {
      // raw: keep every field of delimited text as the text the clerk saw; the core parses dates itself.
      return sheetjs(false).read(p.text, { ...opts, type: 'string', raw: !p.markup });
    }
    return sheetjs(p.kind === 'binary').read(p.data, { ...opts, type: 'buffer' });
  });
}

function explain(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/password/i.test(text)) return '文件设有打开密码，请取消密码后再合并。';
  // SheetJS's own wording is English and often misleading ("Unsupported ZIP encryption" for a cut-off file).
  return msg.notSpreadsheet;
}

interface Loaded {
  wb: XLSXModule.WorkBook;
  /** Sheets an .ods file hides (SheetJS does not say). */
  odsHidden: string[];
  encoding?: string;
}

/** Reads, checks and parses a file. Keeps nothing of its bytes: a large file's memory is free again for its rows. */
function load(file: FsPath, limits: InputLimits, opts: XLSXModule.ParsingOptions): Loaded {
  const prepared = prepare(readBytes(file, limits), fileExt(file), limits);
  let wb: XLSXModule.WorkBook;
  try {
    wb = parse(prepared, opts);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(explain(e));
  }
  const loaded: Loaded = { wb, odsHidden: [] };
  if (prepared.kind === 'zip' && prepared.contentXml) loaded.odsHidden = odsHiddenSheets(prepared.contentXml);
  if (prepared.kind === 'text') loaded.encoding = prepared.encoding;
  // V8 keeps the subject of the last successful regular-expression match: here, a whole sheet's XML.
  SUCCESSFUL_MATCH.test('');
  return loaded;
}

const SUCCESSFUL_MATCH = /^/;

/** The sheet names of a workbook, or null when it cannot be read as one. Reads no cells. */
export function readSheetNames(file: FsPath, limits: InputLimits = INPUT_LIMITS): string[] | null {
  if (fileExt(file) === '.csv') return null;
  try {
    return load(file, limits, { bookSheets: true }).wb.SheetNames;
  } catch {
    return null;
  }
}

interface Dense {
  data: (XLSXModule.CellObject | CellValue)[][];
}

/**
 * A sheet's rows as SheetJS parsed them (dense), or from its used range when
 * a parser ignored `dense`. Its span (the cells the core will walk) is checked
 * before any row is touched.
 */
function denseRows(ws: XLSXModule.WorkSheet, X: typeof XLSXModule): Dense {
  const data = (ws as XLSXModule.DenseWorkSheet)['!data'] as Dense['data'] | undefined;
  if (data) return { data };
  const rows: Dense['data'] = [];
  const ref = ws['!ref'];
  if (!ref) return { data: rows };
  const range = X.utils.decode_range(ref);
  for (let r = 0; r <= range.e.r; r++) {
    const row: Dense['data'][number] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = (ws as { [addr: string]: XLSXModule.CellObject })[X.utils.encode_cell({ r, c })];
      if (cell) row[c] = cell;
    }
    rows[r] = row;
  }
  return { data: rows };
}

/** Turns SheetJS's cell objects into values in place: no second copy of a large sheet is made. */
function toValues(data: Dense['data']): CellValue[][] {
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) {
      data[r] = [];
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined) continue;
      row[c] = cellValue(cell as XLSXModule.CellObject);
    }
  }
  return data as CellValue[][];
}

/** The first `n` rows as values (a copy: the sheet itself is left as SheetJS gave it). */
function headValues(data: Dense['data'], n: number): CellValue[][] {
  return data.slice(0, n).map((row) => (row || []).map((cell) => cellValue(cell as XLSXModule.CellObject | undefined)));
}

interface SheetSpan {
  rows: number;
  cells: number;
}

function span(data: Dense['data']): SheetSpan {
  let cells = 0;
  for (let r = 0; r < data.length; r++) if (data[r]) cells += data[r].length;
  return { rows: data.length, cells };
}

/** A workbook of at least this many cells (some 40,000 ledger rows) is followed by a garbage collection. */
const COLLECT_AFTER_CELLS = 500000;

/** Reads a workbook's visible sheets; with `only`, just the sheets of those names (the others are not parsed). */
export function readWorkbook(file: FsPath, limits: InputLimits = INPUT_LIMITS, only?: string[]): WorkbookRead {
  // sheetRows: a sheet longer than the limit is cut there by SheetJS, then refused below.
  const opts: XLSXModule.ParsingOptions = { ...READ_OPTS, sheetRows: limits.rows + 1 };
  if (only) opts.sheets = only;
  const { wb, odsHidden, encoding } = load(file, limits, opts);
  const X = sheetjs(false);
  const date1904 = !!(wb.Workbook && wb.Workbook.WBProps && wb.Workbook.WBProps.date1904);
  const meta = (wb.Workbook && wb.Workbook.Sheets) || [];
  const result: WorkbookRead = { sheets: [], hidden: [], sheetNames: wb.SheetNames.slice(), template: null, date1904 };
  if (encoding) result.encoding = encoding;
  const visible: { name: string; ws: XLSXModule.WorkSheet; rows: Dense }[] = [];
  const total: SheetSpan = { rows: 0, cells: 0 };
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    const type = ws && (ws['!type'] as string | undefined);
    if (!ws || type === 'chart' || type === 'dialog') return; // no cells to read
    // A template's own sheet holds its stamp and lists, not a ledger.
    if (name === TEMPLATE_SHEET && !result.template) {
      result.template = readTemplateStamp({ name, rows: headValues(denseRows(ws, X).data, STAMP_ROWS) });
      if (result.template) return;
    }
    if ((meta[i] && meta[i].Hidden) || odsHidden.indexOf(name) >= 0) {
      result.hidden.push(name);
      return;
    }
    const rows = denseRows(ws, X);
    const s = span(rows.data);
    total.rows += s.rows;
    total.cells += s.cells;
    visible.push({ name, ws, rows });
  });
  if (total.rows > limits.rows) throw new WorkbookReadError(msg.tooManyRows(limits.rows));
  if (total.cells > limits.cells) throw new WorkbookReadError(msg.sheetSpanTooLarge(total.cells, limits.cells));
  for (const { name, ws, rows } of visible) {
    const merges = (ws['!merges'] || []) as Merge[];
    result.sheets.push({ name, rows: toValues(rows.data), merges, firstRow: 0, firstCol: 0, date1904 });
  }
  // What the parse leaves behind (the file's bytes, its XML text, SheetJS's cell objects) is
  // several times the values kept: collected now, before the merge builds items beside them.
  if (total.cells >= COLLECT_AFTER_CELLS) collectGarbage();
  return result;
}
