// A table into a sheet of the add-in's own (the 逾期清单) through the ET model: the sheet named by id is
// cleared (values, formats, links) and rewritten, or a new one is added. Title rows, the header, the
// rows in their formats, bold titles and blocks, fills, links back to the ledger, column widths, frozen
// title and header, print setup. Cells are 1-based here; addresses come from the core's rangeAddress.
import { columnLetter, rangeAddress } from '../../ledger/cells';
import { CellContent, SheetRef, SheetTable, SheetTarget } from '../host';
import { documentReference } from '../sheet-reference';
import { cellValue } from '../excel/text-value';
import { bgrColor } from './cell-values';
import { workbookNumber } from './date-serials';
import { EtApplication, EtWorkbook, EtWorksheet } from './et-types';
import { hostError } from './errors';
import { setUpPrinting } from './print-setup';
import { addSheet } from './sheets';
import { findSheet, stampedId } from './sheet-id';
import { freezeRows } from './view';

const TITLE_POINTS = 14;
/** A Chinese character of the default 11 pt font is about two digit widths (ColumnWidth's unit); one more for the sides. */
const DIGITS_PER_CHARACTER = 2;
const SIDE_DIGITS = 1;

/** The sheet's cells, row by row from A1: title rows (text in column A), the header, the table's rows. */
function matrix(table: SheetTable, date1904: boolean): CellContent[][] {
  const width = table.header.length;
  const values: CellContent[][] = [];
  for (let i = 0; i < table.title.length; i++) {
    const line: CellContent[] = [cellValue(table.title[i])];
    for (let c = 1; c < width; c++) line.push('');
    values.push(line);
  }
  values.push(table.header.map(cellValue));
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    values.push(
      row.cells.map((v, c) =>
        typeof v === 'number' && row.kind === 'data' ? workbookNumber(v, table.formats[c] || '', date1904) : cellValue(v),
      ),
    );
  }
  return values;
}

/** Each column's format on each run of data rows (section and header rows stay General), before the values. */
function writeFormats(sheet: EtWorksheet, table: SheetTable, firstRow: number): void {
  let start = -1;
  for (let r = 0; r <= table.rows.length; r++) {
    const data = r < table.rows.length && table.rows[r].kind === 'data';
    if (data && start < 0) start = r;
    if (data || start < 0) continue;
    for (let c = 0; c < table.formats.length; c++) {
      if (table.formats[c]) sheet.Range(rangeAddress(c, firstRow + start, c, firstRow + r - 1)).NumberFormat = table.formats[c];
    }
    start = -1;
  }
}

/** The title in bold 14 pt, the header and each block's title and header rows in bold, fills by runs, links. */
function styleRows(sheet: EtWorksheet, table: SheetTable, headerRow: number): void {
  const lastCol = table.header.length - 1;
  if (table.title.length > 0) {
    const title = sheet.Range('A1').Font;
    title.Bold = true;
    title.Size = TITLE_POINTS;
  }
  sheet.Range(rangeAddress(0, headerRow, lastCol, headerRow)).Font.Bold = true;
  let run = 0;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const at = headerRow + 1 + r;
    if (row.kind !== 'data') sheet.Range(rangeAddress(0, at, lastCol, at)).Font.Bold = true;
    if (row.link) sheet.Hyperlinks.Add(sheet.Range(columnLetter(row.link.column) + at), '', documentReference(row.link.to));
    const next = table.rows[r + 1];
    if (next && next.fill === row.fill) continue;
    if (row.fill !== '') sheet.Range(rangeAddress(0, headerRow + 1 + run, lastCol, at)).Interior.Color = bgrColor(row.fill);
    run = r + 1;
  }
}

/** Each column's width (its text wrapped), or fitted to the header and rows for 0. */
function sizeColumns(sheet: EtWorksheet, table: SheetTable, headerRow: number, lastRow: number): void {
  for (let c = 0; c < table.widths.length; c++) {
    const column = sheet.Range(rangeAddress(c, headerRow, c, lastRow));
    if (table.widths[c] > 0) {
      column.ColumnWidth = table.widths[c] * DIGITS_PER_CHARACTER + SIDE_DIGITS;
      column.WrapText = true;
    } else column.Columns.AutoFit();
  }
}

export function writeTableSheet(app: EtApplication, wb: EtWorkbook, target: SheetTarget, table: SheetTable): SheetRef {
  let sheet: EtWorksheet;
  if ('id' in target) {
    sheet = findSheet(wb, target.id);
    if (sheet.ProtectContents) throw hostError('AccessDenied', 'the sheet is protected');
    sheet.Cells.Clear();
  } else sheet = addSheet(wb, target.name);
  const headerRow = table.title.length + 1;
  const lastRow = headerRow + table.rows.length;
  // Formats first, so the serials land in cells that already show them as dates.
  writeFormats(sheet, table, headerRow + 1);
  sheet.Range(rangeAddress(0, 1, table.header.length - 1, lastRow)).Value2 = matrix(table, !!wb.Date1904);
  styleRows(sheet, table, headerRow);
  sizeColumns(sheet, table, headerRow, lastRow);
  sheet.Activate();
  freezeRows(app.ActiveWindow, headerRow);
  setUpPrinting(sheet, headerRow);
  return { id: stampedId(sheet), name: sheet.Name };
}
