// Date serials for the workbook's date system. The core counts serials from 1900; the ET model tells
// when a workbook counts from 1904 (Office.js does not), so a serial written as a date is moved there.
import { dayFromSerial, serialFromDay } from '../../ledger/days';

/** A number format that shows a serial as a date (y or d outside quoted text). */
function isDateFormat(format: string): boolean {
  return /[yd]/i.test(format.replace(/"[^"]*"/g, ''));
}

/** `value` as the workbook stores it: a 1900-system date serial in a date format is moved to 1904's. */
export function workbookNumber(value: number, format: string, date1904: boolean): number {
  return date1904 && isDateFormat(format) ? serialFromDay(dayFromSerial(value), true) : value;
}
