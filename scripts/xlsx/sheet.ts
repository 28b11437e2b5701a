// One worksheet part (xl/worksheets/sheetN.xml), elements in the schema's order.
import { columnLetter } from '../../ledger/cells';
import { ByteWriter } from './bytes';
import { DRAWING_REL_ID } from './drawing';
import { LINE_HEIGHT, wrappedLines } from './row-height';
import { SharedStrings } from './shared-strings';
import { StyleTable } from './styles';
import { CellStyle, OutCell, OutSheet } from './types';
import { XML_DECL } from './xml';

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const MAX_TEXT = 32767;
const MAX_WIDTH = 255;

export interface SheetPart {
  /** The part's UTF-8 bytes. */
  xml: Uint8Array;
  /** Absolute range for _xlnm._FilterDatabase, e.g. $A$3:$R$100. */
  filterRange?: string;
  /** Absolute rows for _xlnm.Print_Titles, e.g. $1:$3. */
  titleRows?: string;
}

// Header text wraps: narrow columns keep their full names.
const HEADER_DEFAULTS: CellStyle = { bold: true, border: true, wrap: true };
const TABLE_DEFAULTS: CellStyle = { border: true };

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

interface Extent {
  /** Widest row. */
  width: number;
  /** Widest row from the table's first row (header, or row 0) down. */
  tableWidth: number;
  /** Cells in all rows, to size the buffer. */
  cells: number;
}

function extent(sheet: OutSheet, tableStart: number): Extent {
  const e: Extent = { width: 0, tableWidth: 0, cells: 0 };
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const n = rows[r].length;
    e.cells += n;
    if (n > e.width) e.width = n;
    if (r >= tableStart && n > e.tableWidth) e.tableWidth = n;
  }
  if (e.width > MAX_COLS) throw new Error(`工作表“${sheet.name}”有 ${e.width} 列，超过 Excel 上限 ${MAX_COLS} 列`);
  return e;
}

export function sheetXml(sheet: OutSheet, index: number, styles: StyleTable, strings: SharedStrings): SheetPart {
  const { rows, headerRow } = sheet;
  if (rows.length > MAX_ROWS) throw new Error(`工作表“${sheet.name}”有 ${rows.length} 行，超过 Excel 上限 ${MAX_ROWS} 行`);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 0 && headerRow < rows.length)) {
    throw new Error(`工作表“${sheet.name}”的表头行号 ${headerRow} 不在 0..${rows.length - 1} 之内`);
  }
  const tableStart = headerRow !== undefined ? headerRow : 0;
  const { width, tableWidth, cells } = extent(sheet, tableStart);
  const lastRow = Math.max(rows.length, 1);
  const out = new ByteWriter(cells * 40 + 4096);

  out.text(XML_DECL);
  out.ascii('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">');
  if (sheet.landscape) out.ascii('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.ascii(`<dimension ref="${width > 0 ? 'A1:' + columnLetter(width - 1) + lastRow : 'A1'}"/>`);
  out.ascii(`<sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ''} workbookViewId="0">`);
  if (headerRow !== undefined) {
    const top = 'A' + (headerRow + 2);
    out.ascii(`<pane ySplit="${headerRow + 1}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`);
  }
  out.ascii('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="13.5"/>');
  out.ascii(colsXml(sheet));
  out.ascii('<sheetData>');
  writeRows(out, sheet, styles, strings, width, tableWidth);
  out.ascii('</sheetData>');

  const names: { filterRange?: string; titleRows?: string } = {};
  if (headerRow !== undefined) {
    const lastCol = columnLetter(Math.max(tableWidth, 1) - 1);
    out.ascii(`<autoFilter ref="A${headerRow + 1}:${lastCol}${lastRow}"/>`);
    names.filterRange = `$A$${headerRow + 1}:$${lastCol}$${lastRow}`;
    names.titleRows = `$1:$${headerRow + 1}`;
  }
  out.ascii('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.ascii(sheet.landscape
    ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    : '<pageSetup paperSize="9" orientation="portrait"/>');
  out.text('<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>');
  if (sheet.charts && sheet.charts.length > 0) out.ascii(`<drawing r:id="${DRAWING_REL_ID}"/>`);
  out.ascii('</worksheet>');
  return { xml: out.bytes(), ...names };
}

/** The <row> elements. Hot path: one pass, bytes written directly, styles resolved per distinct object. */
function writeRows(out: ByteWriter, sheet: OutSheet, styles: StyleTable, strings: SharedStrings, width: number, tableWidth: number): void {
  const { rows, headerRow, rowStyles } = sheet;
  const tableStart = headerRow !== undefined ? headerRow : 0;
  const cellStart: string[] = [];
  for (let c = 0; c < width; c++) cellStart.push('<c r="' + columnLetter(c));
  const headerXf = headerRow !== undefined ? styles.resolve(HEADER_DEFAULTS, undefined) : 0;
  const tableXf = sheet.borders ? styles.resolve(TABLE_DEFAULTS, undefined) : 0;
  const widths = sheet.colWidths;
  const cellXf: number[] = [];

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const rowStyle = rowStyles ? rowStyles[r] : undefined;
    let defaultsXf = 0;
    if (r === headerRow) defaultsXf = headerXf;
    else if (tableXf && r >= tableStart && !isBlankRow(row)) defaultsXf = tableXf;
    const baseXf = rowStyle ? styles.over(defaultsXf, rowStyle) : defaultsXf;
    // A styled row reaches across the whole table, so its fill and borders have no gaps.
    const end = baseXf && row.length < tableWidth ? tableWidth : row.length;
    if (end === 0) continue;
    const rn = r + 1;
    // First pass: each cell's style, and the lines its wrapped text needs.
    let lines = 1;
    for (let c = 0; c < end; c++) {
      const v = row[c];
      const xf = v !== null && typeof v === 'object' && v.s ? styles.over(baseXf, v.s) : baseXf;
      cellXf[c] = xf;
      const text = v !== null && typeof v === 'object' ? v.v : v;
      if (typeof text === 'string' && widths && widths[c] && styles.wraps(xf)) {
        const n = wrappedLines(text, widths[c]);
        if (n > lines) lines = n;
      }
    }
    const rowStartPos = out.length;
    out.ascii('<row r="');
    out.uint(rn);
    if (lines > 1) out.ascii('" ht="' + lines * LINE_HEIGHT + '" customHeight="1');
    out.ascii('">');
    const openPos = out.length;
    for (let c = 0; c < end; c++) {
      let v = row[c];
      const xf = cellXf[c];
      if (v !== null && typeof v === 'object') v = v.v;
      if (typeof v === 'string' && v !== '') {
        if (v.length > MAX_TEXT) {
          throw new Error(`工作表“${sheet.name}”单元格 ${columnLetter(c)}${rn} 的文本有 ${v.length} 个字符，超过 Excel 上限 ${MAX_TEXT}`);
        }
        openCell(out, cellStart[c], rn, xf);
        out.ascii('" t="s"><v>');
        out.uint(strings.id(v));
        out.ascii('</v></c>');
      } else if (typeof v === 'number' && isFinite(v)) {
        openCell(out, cellStart[c], rn, xf);
        out.ascii('"><v>');
        if (v >= 0 && v <= Number.MAX_SAFE_INTEGER && Math.floor(v) === v) out.uint(v);
        else out.ascii(String(v));
        out.ascii('</v></c>');
      } else if (typeof v === 'boolean') {
        openCell(out, cellStart[c], rn, xf);
        out.ascii(v ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
      } else if (xf) {
        // Empty, but styled: the fill or border must still show.
        openCell(out, cellStart[c], rn, xf);
        out.ascii('"/>');
      }
    }
    if (out.length === openPos) out.truncate(rowStartPos);
    else out.ascii('</row>');
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

function colsXml(sheet: OutSheet): string {
  const widths = sheet.colWidths;
  if (!widths) return '';
  if (widths.length > MAX_COLS) throw new Error(`工作表“${sheet.name}”的列宽多于 ${MAX_COLS} 列`);
  let xml = '';
  for (let c = 0; c < widths.length; c++) {
    const w = widths[c];
    if (w === undefined || w === null) continue;
    if (!(typeof w === 'number' && isFinite(w) && w >= 0)) throw new Error(`工作表“${sheet.name}”第 ${c + 1} 列的列宽无效：${w}`);
    xml += `<col min="${c + 1}" max="${c + 1}" width="${Math.min(w, MAX_WIDTH)}" customWidth="1"/>`;
  }
  return xml ? '<cols>' + xml + '</cols>' : '';
}
