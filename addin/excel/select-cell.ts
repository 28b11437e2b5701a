// Navigation from the pane: show a finding's cell or an item's row in its sheet. One round trip.
import { rangeAddress } from '../../ledger/cells';

/** Selects `column` (a letter) of `row`, or the table's row (firstCol..lastCol) when column is ''. */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  row: number,
  column: string,
  table?: { firstCol: number; lastCol: number },
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  let address: string;
  if (column !== '') address = column + row;
  else if (table) address = rangeAddress(table.firstCol, row, table.lastCol, row);
  else address = row + ':' + row;
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
