// The 逾期清单 sheet: replaced on each run. The add-in owns that sheet only — it remembers the sheet's
// id in the document, so a sheet of the user's that happens to bear the name is never touched — and
// the ledger it was made from, which the pane's next check reads when the list is the active sheet.
import { LedgerHost, SheetRef, SheetTable } from '../host';
import { OVERDUE_SHEET_KEY, OVERDUE_SOURCE_KEY } from '../settings';
import { uniqueSheetName } from '../sheet-names';

export const OVERDUE_SHEET_NAME = '逾期清单';

/**
 * Writes the table into the add-in's 逾期清单, or a new one; `sheets` is the workbook's sheets, listed
 * just before; `sourceId` the ledger sheet the table was made from.
 */
export async function writeOverdueSheet(host: LedgerHost, table: SheetTable, sheets: SheetRef[], sourceId: string): Promise<SheetRef> {
  const ownId = host.settings.get(OVERDUE_SHEET_KEY);
  let own: SheetRef | null = null;
  for (let i = 0; i < sheets.length; i++) if (sheets[i].id === ownId) own = sheets[i];
  const target = own
    ? { id: own.id }
    : {
        name: uniqueSheetName(
          OVERDUE_SHEET_NAME,
          sheets.map((s) => s.name),
        ),
      };
  const written = await host.writeTableSheet(target, table);
  host.settings.set(OVERDUE_SHEET_KEY, written.id);
  host.settings.set(OVERDUE_SOURCE_KEY, sourceId);
  await host.settings.save();
  return written;
}
