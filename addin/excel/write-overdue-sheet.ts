// Writes a table into a sheet of the add-in's own (the 逾期清单): the sheet the caller names by id is
// cleared and rewritten, or a new one is added. One round trip, unless the rows would exceed Excel on
// the web's 5 MB request cap: then the rows go in blocks of one sync each.
import { columnLetter, rangeAddress } from '../../ledger/cells';
import { Capabilities } from '../capabilities';
import { CellContent, SheetRef, SheetTable, SheetTarget } from '../host';
import { documentReference } from '../sheet-reference';
import { cellValue } from './text-value';

// addin/overdue.ts builds the table and imports its type from here.
export type { SheetTable } from '../host';

/** Bytes one write request may carry: under the 5 MB cap, with room for the rest of the batch. */
const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;
const TITLE_POINTS = 14;
/** A Chinese character of the default 11 pt font is about 12 points wide; a little room on the sides. */
const POINTS_PER_CHARACTER = 12;
const COLUMN_PADDING_POINTS = 6;
/** What a request spends on one link besides its text: the range's path and the property's name. */
const LINK_REQUEST_BYTES = 200;

/** Rows per write request, estimated from the JSON Office.js sends for values and formats. */
function rowsPerRequest(values: CellContent[][], rowFormats: string[]): number {
  // Three bytes per character: UTF-8 of CJK text, the worst case below U+FFFF.
  const bytes = (JSON.stringify(values).length + JSON.stringify(rowFormats).length * values.length) * 3;
  const requests = Math.ceil(bytes / WRITE_BUDGET_BYTES);
  return Math.max(1, Math.ceil(values.length / requests));
}

/** The sheet's cells, row by row: title rows, the header, the table's rows. */
function matrix(table: SheetTable): { values: CellContent[][]; formats: string[][] } {
  const general = table.header.map(() => 'General');
  const values: CellContent[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i < table.title.length; i++) {
    values.push(general.map((_, c) => (c === 0 ? cellValue(table.title[i]) : '')));
    formats.push(general);
  }
  values.push(table.header.map(cellValue));
  formats.push(general);
  for (let r = 0; r < table.rows.length; r++) {
    values.push(table.rows[r].cells.map(cellValue));
    formats.push(table.rows[r].kind === 'data' ? table.formats : general);
  }
  return { values: values, formats: formats };
}

/** Bold rows, fills (one request per run of rows of the same fill) and links, where the rows are. */
async function styleRows(context: Excel.RequestContext, sheet: Excel.Worksheet, table: SheetTable, caps: Capabilities): Promise<void> {
  const top = table.title.length + 1;
  const lastCol = table.header.length - 1;
  if (table.title.length > 0) {
    const title = sheet.getRange('A1');
    title.format.font.bold = true;
    title.format.font.size = TITLE_POINTS;
  }
  sheet.getRange(rangeAddress(0, top, lastCol, top)).format.font.bold = true;
  let run = 0;
  let bytes = 0;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const at = top + 1 + r;
    if (row.kind !== 'data') sheet.getRange(rangeAddress(0, at, lastCol, at)).format.font.bold = true;
    if (row.link && caps.hyperlinks) {
      const link = { documentReference: documentReference(row.link.to), textToDisplay: String(row.cells[row.link.column]) };
      sheet.getRange(columnLetter(row.link.column) + at).hyperlink = link;
      // A long list's links go in requests under the cap, as its values do.
      bytes += JSON.stringify(link).length * 3 + LINK_REQUEST_BYTES;
      if (bytes > WRITE_BUDGET_BYTES) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a request per budget of links, each under the cap
        await context.sync();
        bytes = 0;
      }
    }
    const next = table.rows[r + 1];
    if (next && next.fill === row.fill) continue;
    if (row.fill !== '') sheet.getRange(rangeAddress(0, top + 1 + run, lastCol, at)).format.fill.color = row.fill;
    run = r + 1;
  }
}

/** Column widths (text wrapped in a column given one) and, where the application can, print setup. */
function layOut(sheet: Excel.Worksheet, table: SheetTable, caps: Capabilities, lastRow: number): void {
  const top = table.title.length + 1;
  if (caps.columnWidths) {
    for (let c = 0; c < table.widths.length; c++) {
      const column = sheet.getRange(rangeAddress(c, top, c, lastRow));
      if (table.widths[c] > 0) {
        column.format.columnWidth = table.widths[c] * POINTS_PER_CHARACTER + COLUMN_PADDING_POINTS;
        column.format.wrapText = true;
      } else column.format.autofitColumns();
    }
  }
  if (caps.freezePanes) sheet.freezePanes.freezeRows(top);
  if (caps.pageLayout) {
    const page = sheet.pageLayout;
    page.orientation = 'Landscape';
    page.paperSize = 'A4';
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.setPrintTitleRows('$1:$' + top);
  }
}

export async function writeTableSheet(
  context: Excel.RequestContext,
  target: SheetTarget,
  table: SheetTable,
  caps: Capabilities,
): Promise<SheetRef> {
  let sheet: Excel.Worksheet;
  if ('id' in target) {
    sheet = context.workbook.worksheets.getItem(target.id);
    sheet.getRange().clear();
  } else sheet = context.workbook.worksheets.add(target.name);
  sheet.load('name,id');

  const width = table.header.length;
  const cells = matrix(table);
  const perBlock = rowsPerRequest(cells.values, table.formats);
  for (let start = 0; start < cells.values.length; start += perBlock) {
    const end = Math.min(cells.values.length, start + perBlock);
    const block = sheet.getRange(rangeAddress(0, start + 1, width - 1, end));
    // Formats first, so the serials land in cells that already show them as dates.
    block.numberFormat = cells.formats.slice(start, end);
    block.values = cells.values.slice(start, end);
    // Deliberately one request per block: each must stay under the request cap.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked write, see above
    if (end < cells.values.length) await context.sync();
  }
  await styleRows(context, sheet, table, caps);
  layOut(sheet, table, caps, cells.values.length);
  sheet.activate();
  await context.sync();
  return { id: sheet.id, name: sheet.name };
}
