// Writes the 逾期清单 sheet: replaced on each run. The add-in owns that sheet only — it remembers
// the sheet's id, so a sheet of the user's that happens to bear the name is never touched.
// Two round trips: list the sheets, then write everything in one batch — one when the caller
// listed the sheets in its own read (queueSheetList) — unless the rows would exceed Excel on the
// web's 5 MB request cap, then the rows go in blocks of one sync each.
import { rangeAddress } from '../../ledger/cells';
import { OVERDUE_LIST } from '../../ledger/sheet-kinds';
import { Capabilities } from '../capabilities';
import { OVERDUE_SHEET_KEY, SettingsStore } from '../settings';
import { textValue, uniqueSheetName } from './sheet-names';

export const OVERDUE_SHEET_NAME = OVERDUE_LIST;

/** Bytes one write request may carry: under the 5 MB cap, with room for the rest of the batch. */
const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

export interface SheetTable {
  header: string[];
  /** Numbers are written as numbers (dates as serials), strings always as text. */
  rows: (string | number)[][];
  /** Number format of each column, e.g. 'yyyy-mm-dd' for a date column. */
  formats: string[];
}

export interface WriteOptions {
  caps: Capabilities;
  store: SettingsStore;
  /** The workbook's sheets from queueSheetList, already synced; listed here when absent. */
  sheets?: Excel.WorksheetCollection;
}

/** Queues the load of what writeOverdueSheet needs to know about the workbook's sheets. */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  return sheets;
}

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

export async function writeOverdueSheet(context: Excel.RequestContext, table: SheetTable, opts: WriteOptions): Promise<{ sheet: string }> {
  let sheets = opts.sheets;
  if (!sheets) {
    sheets = queueSheetList(context);
    await context.sync();
  }

  const ownId = opts.store.get(OVERDUE_SHEET_KEY);
  const names: string[] = [];
  let target: Excel.Worksheet | null = null;
  for (let i = 0; i < sheets.items.length; i++) {
    names.push(sheets.items[i].name);
    if (sheets.items[i].id === ownId) target = sheets.items[i];
  }
  if (target) target.getRange().clear();
  else target = sheets.add(uniqueSheetName(OVERDUE_SHEET_NAME, names));
  target.load('name,id');

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
    const block = target.getRange(rangeAddress(0, start + 1, width - 1, end));
    // Formats first, so the serials land in cells that already show them as dates.
    block.numberFormat = formats.slice(start, end);
    block.values = values.slice(start, end);
    if (end < values.length) await context.sync();
  }
  const all = target.getRange(rangeAddress(0, 1, width - 1, values.length));
  target.getRange(rangeAddress(0, 1, width - 1, 1)).format.font.bold = true;
  if (opts.caps.usedRangeValuesOnly) all.format.autofitColumns();
  if (opts.caps.freezePanes) target.freezePanes.freezeRows(1);
  target.activate();
  await context.sync();

  opts.store.set(OVERDUE_SHEET_KEY, target.id);
  await opts.store.save();
  return { sheet: target.name };
}
