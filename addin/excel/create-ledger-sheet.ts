// The new 整改台账 sheet offered when the active sheet has no ledger header: the standard header
// in row 1 of a sheet the add-in adds, so no value of the user's is written over.
import { formColumns, Schema } from '../../ledger/schema';
import { rangeAddress } from '../../ledger/cells';
import { textValue, uniqueSheetName } from './sheet-names';

export const LEDGER_SHEET_NAME = '整改台账';

export interface LedgerSheetOffer {
  /** The name the new sheet would get: 整改台账, or 整改台账 (2) … when that is taken. */
  name: string;
  /** A sheet named 整改台账 exists already (the user may want that one instead). */
  exists: boolean;
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const names: string[] = [];
  for (let i = 0; i < sheets.items.length; i++) names.push(sheets.items[i].name);
  return names;
}

/** What creating the ledger sheet would do, for the pane to say before the user agrees. One round trip. */
export async function ledgerSheetOffer(context: Excel.RequestContext): Promise<LedgerSheetOffer> {
  const names = await sheetNames(context);
  const name = uniqueSheetName(LEDGER_SHEET_NAME, names);
  return { name: name, exists: name !== LEDGER_SHEET_NAME };
}

/** Adds and activates the sheet; returns its name. Two round trips. */
export async function createLedgerSheet(context: Excel.RequestContext, schema: Schema): Promise<string> {
  const names = await sheetNames(context);
  const sheet = context.workbook.worksheets.add(uniqueSheetName(LEDGER_SHEET_NAME, names));
  sheet.load('name');
  const headers = formColumns(schema).map((c) => textValue(c.header));
  const row = sheet.getRange(rangeAddress(0, 1, headers.length - 1, 1));
  row.values = [headers];
  row.format.font.bold = true;
  sheet.activate();
  await context.sync();
  return sheet.name;
}
