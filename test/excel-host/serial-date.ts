// Excel's 1900 date system, written here rather than imported from the code under test, so a mistake
// in the product's date code cannot hide behind the same mistake in the host that checks it.

const DAY_MS = 86400000;
/** Serial 60 is the fictitious 1900-02-29 (Excel keeps Lotus 1-2-3's leap-year bug). */
const FAKE_LEAP_DAY = 60;

/** A calendar date as a 1900-system serial: whole days from 1899-12-30 (from 1900-03-01 on). */
export function serialOfDate(y: number, m: number, d: number): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS);
  return days <= FAKE_LEAP_DAY ? days - 1 : days;
}

/** Whether y-m-d names a day of the calendar (no 2023-02-30). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A 1900-system serial as its UTC calendar date (serial 60 is the fictitious 1900-02-29). */
export function dateOfSerial(serial: number): { y: number; m: number; d: number } {
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return { y: 1900, m: 2, d: 29 };
  const base = whole < FAKE_LEAP_DAY ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const dt = new Date(base + whole * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
