// Worksheets through the ET model: list them, add one (the new ledger sheet, the 逾期清单), select a
// range. Cells are 1-based here; addresses come from the core's rangeAddress.
import { rangeAddress } from '../../ledger/cells';
import { SheetRef } from '../host';
import { textValue } from '../excel/text-value';
import { EtWorkbook, EtWorksheet } from './et-types';
import { sheetRef } from './read-sheet';
import { stampedId } from './sheet-id';

export function listSheets(wb: EtWorkbook): SheetRef[] {
  const out: SheetRef[] = [];
  const sheets = wb.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) out.push(sheetRef(sheets.Item(i)));
  return out;
}

/** A new worksheet after the last one, as Office.js adds it. */
export function addSheet(wb: EtWorkbook, name: string): EtWorksheet {
  const sheets = wb.Worksheets;
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = name;
  return sheet;
}

export function createSheet(wb: EtWorkbook, name: string, header: string[]): SheetRef {
  const sheet = addSheet(wb, name);
  const row = sheet.Range(rangeAddress(0, 1, header.length - 1, 1));
  row.Value2 = [header.map(textValue)];
  row.Font.Bold = true;
  sheet.Activate();
  return { id: stampedId(sheet), name: sheet.Name };
}

export function selectRange(wb: EtWorkbook, sheetName: string, address: string): void {
  const sheet = wb.Worksheets.Item(sheetName);
  sheet.Activate();
  sheet.Range(address).Select();
}
