// Reads a worksheet's used range into the core's SheetGrid: values in one Value2 call, merged areas
// (merges.ts), and the workbook's date system, which the ET model tells (Office.js does not).
import { SheetRead, SheetRef } from '../host';
import { valueRows } from './cell-values';
import { EtApplication, EtWorkbook, EtWorksheet } from './et-types';
import { hostError } from './errors';
import { blockOf, mergedAreas } from './merges';
import { sheetId } from './sheet-id';

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw hostError('ItemNotFound', 'no workbook is open');
  return wb;
}

export function activeSheet(app: EtApplication): EtWorksheet {
  const sheet = app.ActiveSheet;
  // A chart sheet is active, or no workbook is open.
  if (!sheet || !sheet.UsedRange) throw hostError('ItemNotFound', 'the active sheet is no worksheet');
  return sheet;
}

export function sheetRef(sheet: EtWorksheet): SheetRef {
  return { id: sheetId(sheet), name: sheet.Name };
}

export function readSheet(wb: EtWorkbook, sheet: EtWorksheet): SheetRead {
  const used = sheet.UsedRange;
  const block = blockOf(used);
  const rows = valueRows(used.Value2, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1);
  const name = sheet.Name;
  return {
    sheet: sheetRef(sheet),
    grid: {
      name: name,
      rows: rows,
      merges: mergedAreas(sheet, block),
      firstRow: block.r0,
      firstCol: block.c0,
      // WPS may hand over the flag as -1/0 (a VARIANT_BOOL) rather than true/false.
      date1904: !!wb.Date1904,
    },
    lastRow: block.r1,
    lastCol: block.c1,
  };
}
