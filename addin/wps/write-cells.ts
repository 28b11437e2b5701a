// Writes the cells the user asked to change (将文字时限转换为日期, 销号) on a sheet by id: each format
// before its value, numbers as numbers (dates in the workbook's date system), text kept as typed.
// Nothing else is touched: no other cell, not the selection, not the active sheet.
import { CellWrite } from '../host';
import { cellValue } from '../excel/text-value';
import { workbookNumber } from './date-serials';
import { EtWorkbook } from './et-types';
import { hostError } from './errors';
import { findSheet } from './sheet-id';

export function writeCells(wb: EtWorkbook, sheetId: string, cells: CellWrite[]): void {
  const sheet = findSheet(wb, sheetId);
  if (sheet.ProtectContents) throw hostError('AccessDenied', 'the sheet is protected');
  const date1904 = !!wb.Date1904;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const range = sheet.Range(cell.address);
    if (cell.format !== undefined) range.NumberFormat = cell.format;
    range.Value2 = typeof cell.value === 'number' ? workbookNumber(cell.value, cell.format || '', date1904) : cellValue(cell.value);
  }
}
