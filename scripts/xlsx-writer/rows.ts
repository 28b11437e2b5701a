// The <row> elements of a worksheet. Hot path: one pass, bytes written directly, styles resolved
// once per distinct style object.
import { columnLetter, MAX_TEXT } from './address';
import { ByteWriter } from './bytes';
import { DEFAULT_COLUMN_WIDTH, FILTER_BUTTON, rowHeight, wrappedLines } from './row-height';
import { SharedStrings } from './shared-strings';
import { StyleTable } from './styles';
import { CellStyle, OutCell, OutSheet } from './types';

// Header text wraps: narrow columns keep their full names.
const HEADER_DEFAULTS: CellStyle = { bold: true, border: true, wrap: true };
const TABLE_DEFAULTS: CellStyle = { border: true };

/** What every row of one sheet shares. */
interface Rows {
  out: ByteWriter;
  sheet: OutSheet;
  styles: StyleTable;
  strings: SharedStrings;
  /** '<c r="B' for each column. */
  cellStart: string[];
  headerXf: number;
  /** Style of a non-blank table row, 0 when the sheet has no borders. */
  tableXf: number;
  tableStart: number;
  tableWidth: number;
  /** Height of a row of one line in the default font: the sheet's default row height. */
  defaultHeight: number;
  /** Scratch: the style id of each cell of the row being written. */
  cellXf: number[];
}

function isBlankValue(v: OutCell | undefined): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && !isFinite(v));
}

function isBlankRow(row: OutCell[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v !== null && typeof v === 'object') {
      if (v.s || !isBlankValue(v.v)) return false;
    } else if (!isBlankValue(v)) {
      return false;
    }
  }
  return true;
}

export function writeRows(
  out: ByteWriter,
  sheet: OutSheet,
  styles: StyleTable,
  strings: SharedStrings,
  width: number,
  tableWidth: number,
): void {
  const headerRow = sheet.headerRow;
  const cellStart: string[] = [];
  for (let c = 0; c < width; c++) cellStart.push('<c r="' + columnLetter(c));
  const rows: Rows = {
    out,
    sheet,
    styles,
    strings,
    cellStart,
    headerXf: headerRow !== undefined ? styles.resolve(HEADER_DEFAULTS, undefined) : 0,
    tableXf: sheet.borders ? styles.resolve(TABLE_DEFAULTS, undefined) : 0,
    tableStart: headerRow !== undefined ? headerRow : 0,
    tableWidth,
    defaultHeight: rowHeight(1, styles.defaultFontSize),
    cellXf: [],
  };
  for (let r = 0; r < sheet.rows.length; r++) {
    writeRow(rows, r);
    out.spill();
  }
}

/** The style every cell of row r starts from: header or table defaults, then the row's own style. */
function rowXf(rows: Rows, r: number): number {
  const { sheet, styles } = rows;
  let defaultsXf = 0;
  if (r === sheet.headerRow) defaultsXf = rows.headerXf;
  else if (rows.tableXf && r >= rows.tableStart && !isBlankRow(sheet.rows[r])) defaultsXf = rows.tableXf;
  const rowStyle = sheet.rowStyles ? sheet.rowStyles[r] : undefined;
  return rowStyle ? styles.over(defaultsXf, rowStyle) : defaultsXf;
}

/**
 * Fills rows.cellXf for the row's first `end` cells; returns the height the row's text needs
 * (its wrapped lines, its largest font), or 0 when the sheet's default height holds it.
 */
function resolveCells(rows: Rows, r: number, end: number, baseXf: number): number {
  const { styles, cellXf, sheet } = rows;
  const row = sheet.rows[r];
  const widths = sheet.colWidths;
  const defaultSize = styles.defaultFontSize;
  // An AutoFilter button narrows the header's cells.
  const inset = r === sheet.headerRow ? FILTER_BUTTON : 0;
  let height = 0;
  for (let c = 0; c < end; c++) {
    const v = row[c];
    const xf = v !== null && typeof v === 'object' && v.s ? styles.over(baseXf, v.s) : baseXf;
    cellXf[c] = xf;
    const value = v !== null && typeof v === 'object' ? v.v : v;
    if (isBlankValue(value)) continue;
    const lines =
      typeof value === 'string' && styles.wraps(xf) ? wrappedLines(value, (widths && widths[c]) || DEFAULT_COLUMN_WIDTH, inset) : 1;
    const size = styles.fontSize(xf);
    if (lines > 1 || size > defaultSize) {
      const h = rowHeight(lines, size);
      if (h > height) height = h;
    }
  }
  return height > rows.defaultHeight ? height : 0;
}

function writeRow(rows: Rows, r: number): void {
  const { out } = rows;
  const row = rows.sheet.rows[r];
  const baseXf = rowXf(rows, r);
  // A styled row reaches across the whole table, so its fill and borders have no gaps.
  const end = baseXf && row.length < rows.tableWidth ? rows.tableWidth : row.length;
  if (end === 0) return;
  const rn = r + 1;
  const height = resolveCells(rows, r, end, baseXf);
  const rowStartPos = out.length;
  out.ascii('<row r="');
  out.uint(rn);
  if (height) out.ascii('" ht="' + height + '" customHeight="1');
  out.ascii('">');
  const openPos = out.length;
  for (let c = 0; c < end; c++) writeCell(rows, row[c], c, rn);
  // Nothing but empty unstyled cells: no row element at all.
  if (out.length === openPos) out.truncate(rowStartPos);
  else out.ascii('</row>');
}

function writeCell(rows: Rows, cell: OutCell | undefined, c: number, rn: number): void {
  const { out } = rows;
  const xf = rows.cellXf[c];
  const v = cell !== null && typeof cell === 'object' ? cell.v : cell;
  if (typeof v === 'string' && v !== '') {
    if (v.length > MAX_TEXT) {
      throw new Error(`工作表“${rows.sheet.name}”单元格 ${columnLetter(c)}${rn} 的文本有 ${v.length} 个字符，超过 Excel 上限 ${MAX_TEXT}`);
    }
    openCell(out, rows.cellStart[c], rn, xf);
    out.ascii('" t="s"><v>');
    out.uint(rows.strings.id(v));
    out.ascii('</v></c>');
  } else if (typeof v === 'number' && isFinite(v)) {
    openCell(out, rows.cellStart[c], rn, xf);
    out.ascii('"><v>');
    if (v >= 0 && v <= Number.MAX_SAFE_INTEGER && Math.floor(v) === v) out.uint(v);
    else out.ascii(String(v));
    out.ascii('</v></c>');
  } else if (typeof v === 'boolean') {
    openCell(out, rows.cellStart[c], rn, xf);
    out.ascii(v ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
  } else if (xf) {
    // Empty, but styled: the fill or border must still show.
    openCell(out, rows.cellStart[c], rn, xf);
    out.ascii('"/>');
  }
}

/** Writes `<c r="B12" s="3` — the caller closes the tag. */
function openCell(out: ByteWriter, start: string, rn: number, xf: number): void {
  out.ascii(start);
  out.uint(rn);
  if (xf) {
    out.ascii('" s="');
    out.uint(xf);
  }
}
