// Small Office.js pieces of the host: list the worksheets, add the new ledger sheet, select a range.
// One round trip each.
import { rangeAddress } from '../../ledger/cells';
import { SheetRef } from '../host';
import { textValue } from './text-value';

/** Queues the load of every worksheet's name and id, for the caller's next sync. */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  return sheets;
}

/** The sheets of a synced queueSheetList, in tab order. */
export function sheetRefs(sheets: Excel.WorksheetCollection): SheetRef[] {
  const out: SheetRef[] = [];
  for (let i = 0; i < sheets.items.length; i++) out.push({ id: sheets.items[i].id, name: sheets.items[i].name });
  return out;
}

export async function listSheets(context: Excel.RequestContext): Promise<SheetRef[]> {
  const sheets = queueSheetList(context);
  await context.sync();
  return sheetRefs(sheets);
}

export async function createSheet(context: Excel.RequestContext, name: string, header: string[]): Promise<SheetRef> {
  const sheet = context.workbook.worksheets.add(name);
  sheet.load('name,id');
  const row = sheet.getRange(rangeAddress(0, 1, header.length - 1, 1));
  row.values = [header.map(textValue)];
  row.format.font.bold = true;
  sheet.activate();
  await context.sync();
  return { id: sheet.id, name: sheet.name };
}

export async function selectRange(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
