// Writes a table into a sheet of the add-in's own (the 逾期清单): the sheet the caller names by id is
// cleared and rewritten, or a new one is added. One round trip, unless the rows would exceed Excel on
// the web's 5 MB request cap: then the rows go in blocks of one sync each.
import { rangeAddress } from '../../ledger/cells';
import { Capabilities } from '../capabilities';
import { SheetRef, SheetTable, SheetTarget } from '../host';
import { textValue } from './text-value';

// addin/overdue.ts builds the table and imports its type from here.
export type { SheetTable } from '../host';

/** Bytes one write request may carry: under the 5 MB cap, with room for the rest of the batch. */
const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

function cellValue(v: string | number): string | number {
  return typeof v === 'number' ? v : textValue(v);
}

/** Rows per write request, estimated from the JSON Office.js sends for values and formats. */
function rowsPerRequest(values: (string | number)[][], rowFormats: string[]): number {
  // Three bytes per character: UTF-8 of CJK text, the worst case below U+FFFF.
  const bytes = (JSON.stringify(values).length + JSON.stringify(rowFormats).length * values.length) * 3;
  const requests = Math.ceil(bytes / WRITE_BUDGET_BYTES);
  return Math.max(1, Math.ceil(values.length / requests));
}

export async function writeTableSheet(context: Excel.RequestContext, target: SheetTarget, table: SheetTable, caps: Capabilities): Promise<SheetRef> {
  let sheet: Excel.Worksheet;
  if ('id' in target) {
    sheet = context.workbook.worksheets.getItem(target.id);
    sheet.getRange().clear();
  } else sheet = context.workbook.worksheets.add(target.name);
  sheet.load('name,id');

  const width = table.header.length;
  const values: (string | number)[][] = [table.header.map(cellValue)];
  const formats: string[][] = [table.header.map(() => 'General')];
  for (let r = 0; r < table.rows.length; r++) {
    values.push(table.rows[r].map(cellValue));
    formats.push(table.formats);
  }
  const perBlock = rowsPerRequest(values, table.formats);
  for (let start = 0; start < values.length; start += perBlock) {
    const end = Math.min(values.length, start + perBlock);
    const block = sheet.getRange(rangeAddress(0, start + 1, width - 1, end));
    // Formats first, so the serials land in cells that already show them as dates.
    block.numberFormat = formats.slice(start, end);
    block.values = values.slice(start, end);
    // Deliberately one request per block: each must stay under the request cap.
    if (end < values.length) await context.sync();
  }
  const all = sheet.getRange(rangeAddress(0, 1, width - 1, values.length));
  sheet.getRange(rangeAddress(0, 1, width - 1, 1)).format.font.bold = true;
  if (caps.usedRangeValuesOnly) all.format.autofitColumns();
  if (caps.freezePanes) sheet.freezePanes.freezeRows(1);
  sheet.activate();
  await context.sync();
  return { id: sheet.id, name: sheet.name };
}
