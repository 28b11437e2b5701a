// Worksheets through the ET model: list them, add the new ledger sheet, write a table of the add-in's
// own, select a range. Cells are 1-based here; addresses come from the core's rangeAddress.
import { rangeAddress } from '../../ledger/cells';
import { dayFromSerial, serialFromDay } from '../../ledger/days';
import { SheetRef, SheetTable, SheetTarget } from '../host';
import { textValue } from '../excel/text-value';
import { EtApplication, EtWorkbook, EtWorksheet } from './et-types';
import { hostError } from './errors';
import { sheetRef } from './read-sheet';
import { isSheet, stampedId } from './sheet-id';
import { freezeRows } from './view';

export function listSheets(wb: EtWorkbook): SheetRef[] {
  const out: SheetRef[] = [];
  const sheets = wb.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) out.push(sheetRef(sheets.Item(i)));
  return out;
}

function findSheet(wb: EtWorkbook, id: string): EtWorksheet {
  const sheets = wb.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) if (isSheet(sheets.Item(i), id)) return sheets.Item(i);
  throw hostError('ItemNotFound', 'no worksheet has the id ' + id);
}

/** A new worksheet after the last one, as Office.js adds it. */
function addSheet(wb: EtWorkbook, name: string): EtWorksheet {
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

/** Date formats show a serial: in a 1904 workbook the table's serials (1900 system) are moved. */
function isDateFormat(format: string): boolean {
  return /[yd]/i.test(format.replace(/"[^"]*"/g, ''));
}

function tableValues(table: SheetTable, date1904: boolean): (string | number)[][] {
  const values: (string | number)[][] = [table.header.map(textValue)];
  for (let r = 0; r < table.rows.length; r++) {
    values.push(
      table.rows[r].map((v, c) => {
        if (typeof v !== 'number') return textValue(v);
        return date1904 && isDateFormat(table.formats[c] || '') ? serialFromDay(dayFromSerial(v), true) : v;
      }),
    );
  }
  return values;
}

export function writeTableSheet(app: EtApplication, wb: EtWorkbook, target: SheetTarget, table: SheetTable): SheetRef {
  let sheet: EtWorksheet;
  if ('id' in target) {
    sheet = findSheet(wb, target.id);
    if (sheet.ProtectContents) throw hostError('AccessDenied', 'the sheet is protected');
    sheet.Cells.Clear();
  } else sheet = addSheet(wb, target.name);
  const width = table.header.length;
  const height = table.rows.length + 1;
  // Formats first, so the serials land in cells that already show them as dates.
  for (let c = 0; c < width && height > 1; c++) {
    if (table.formats[c]) sheet.Range(rangeAddress(c, 2, c, height)).NumberFormat = table.formats[c];
  }
  sheet.Range(rangeAddress(0, 1, width - 1, height)).Value2 = tableValues(table, !!wb.Date1904);
  sheet.Range(rangeAddress(0, 1, width - 1, 1)).Font.Bold = true;
  sheet.Range(rangeAddress(0, 1, width - 1, height)).Columns.AutoFit();
  sheet.Activate();
  freezeRows(app.ActiveWindow, 1);
  return { id: stampedId(sheet), name: sheet.Name };
}

export function selectRange(wb: EtWorkbook, sheetName: string, address: string): void {
  const sheet = wb.Worksheets.Item(sheetName);
  sheet.Activate();
  sheet.Range(address).Select();
}
