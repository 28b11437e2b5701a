// A reference to a cell of the workbook as Excel's links take it (Office.js's documentReference, the
// ET model's SubAddress): the sheet name quoted, its quotes doubled — not the xlsx file's '#Sheet!A1'.
import { CellLink } from './host';

export function documentReference(to: CellLink): string {
  return "'" + to.sheet.replace(/'/g, "''") + "'!" + to.address;
}
