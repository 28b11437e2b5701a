// Calendar-day arithmetic. A Day is a whole number of days since 1970-01-01;
// conversions use integer civil-calendar formulas (proleptic Gregorian), never
// Date instants, so no time zone or DST rule can shift a date.
import { Day } from './types';

/** Day of 1904-01-01, serial 0 in Excel's 1904 date system. */
const DAY_1904 = -24107;
/** Excel 1900 system: serial 25569 is 1970-01-01 (day 0) for serials from 61 (1900-03-01) on. */
const SERIAL_1970 = 25569;
/**
 * Excel treats 1900 as a leap year: serial 60 is the non-existent 1900-02-29.
 * Serials below 60 are one day "later" than the formula for 61+ gives.
 */
const FAKE_LEAP_SERIAL = 60;
/**
 * Excel stores times at millisecond resolution (about 1.2e-8 days); a serial
 * closer than this below a whole number is floating-point noise, not a time.
 */
const SERIAL_EPSILON = 1e-9;

function isInt(n: number): boolean {
  return typeof n === 'number' && isFinite(n) && Math.floor(n) === n;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date; m is 1..12. Assumes valid input (see isValidYMD). */
export function dayFromYMD(y: number, m: number, d: number): Day {
  // Count years from March so the leap day is the last day of the counted year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function isValidYMD(y: number, m: number, d: number): boolean {
  return isInt(y) && isInt(m) && isInt(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function ymdOfDay(day: Day): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return { y: y, m: m, d: d };
}

function pad(n: number, width: number): string {
  let s = String(Math.abs(n));
  while (s.length < width) s = '0' + s;
  return n < 0 ? '-' + s : s;
}

/** '2023-06-30'. */
export function formatDay(day: Day): string {
  const t = ymdOfDay(day);
  return pad(t.y, 4) + '-' + pad(t.m, 2) + '-' + pad(t.d, 2);
}

/** '2023年6月30日'. */
export function formatDayChinese(day: Day): string {
  const t = ymdOfDay(day);
  return t.y + '年' + t.m + '月' + t.d + '日';
}

/**
 * A reply date as a request writes it: the year only when it differs from the reference day's.
 * @example replyDateText(dayFromYMD(2026, 12, 2), dayFromYMD(2026, 11, 27)) // '12月2日'
 */
export function replyDateText(day: Day, reference: Day): string {
  const t = ymdOfDay(day);
  return (t.y === ymdOfDay(reference).y ? '' : t.y + '年') + t.m + '月' + t.d + '日';
}

/**
 * Excel serial to a Day; the time part is dropped. In the 1900 system serial 60
 * is Excel's fictitious 1900-02-29: it is read as 1900-02-28 (the day before
 * 1900-03-01), so every serial maps to a real day. Callers that validate
 * deadlines reject such early years anyway.
 */
export function dayFromSerial(serial: number, date1904?: boolean): Day {
  const whole = Math.floor(serial + SERIAL_EPSILON);
  if (date1904) return whole + DAY_1904;
  return whole - (whole >= FAKE_LEAP_SERIAL ? SERIAL_1970 : SERIAL_1970 - 1);
}

/** Day to Excel serial (a whole number); never yields the fictitious serial 60. */
export function serialFromDay(day: Day, date1904?: boolean): number {
  if (date1904) return day - DAY_1904;
  const serial = day + SERIAL_1970;
  return serial > FAKE_LEAP_SERIAL ? serial : serial - 1;
}

/** The calendar date a Date shows in local time (what the user saw in the cell). */
export function dayFromDate(d: Date): Day {
  return dayFromYMD(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Today's local calendar day. */
export function todayDay(now?: Date): Day {
  return dayFromDate(now || new Date());
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict 'YYYY-MM-DD' (e.g. the CLI's --as-of); null when malformed or not a real date. */
export function parseISODay(s: string): Day | null {
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  return isValidYMD(y, mo, d) ? dayFromYMD(y, mo, d) : null;
}
