// The new 整改台账 sheet offered when the active sheet has no ledger header: the standard header in
// row 1 of a sheet the add-in adds, so no value of the user's is written over.
import { formColumns, Schema } from '../../ledger/schema';
import { LedgerHost, SheetRef } from '../host';
import { uniqueSheetName } from '../sheet-names';

export const LEDGER_SHEET_NAME = '整改台账';

export interface LedgerSheetOffer {
  /** The name the new sheet would get: 整改台账, or 整改台账 (2) … when that is taken. */
  name: string;
  /** A sheet named 整改台账 exists already (the user may want that one instead). */
  exists: boolean;
}

async function freeName(host: LedgerHost): Promise<string> {
  const sheets = await host.listSheets();
  return uniqueSheetName(
    LEDGER_SHEET_NAME,
    sheets.map((s) => s.name),
  );
}

/** What creating the ledger sheet would do, for the pane to say before the user agrees. One round trip. */
export async function ledgerSheetOffer(host: LedgerHost): Promise<LedgerSheetOffer> {
  const name = await freeName(host);
  return { name: name, exists: name !== LEDGER_SHEET_NAME };
}

/** Adds and activates the sheet, named afresh (the user may have added sheets since the offer). Two round trips. */
export async function createLedgerSheet(host: LedgerHost, schema: Schema): Promise<SheetRef> {
  const name = await freeName(host);
  return host.createSheet(
    name,
    formColumns(schema).map((c) => c.header),
  );
}
