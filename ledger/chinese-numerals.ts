// Chinese numerals as formal documents write them: heading numbers (一、 （十二）) and
// dates in full (二〇二六年十一月二十八日).
import { ymdOfDay } from './days';
import { Day } from './types';

const DIGITS = '〇一二三四五六七八九';
/** Counting writes zero 零; a year's digits write it 〇. */
const ZERO = '零';
const UNITS = ['', '十', '百', '千'];

/**
 * A whole number 0..9999 in Chinese counting words; other numbers in Arabic digits.
 * Ten to nineteen drop the leading 一 as spoken (十一), larger numbers keep it (一百一十).
 * @example chineseNumber(12) // '十二'; chineseNumber(105) // '一百零五'
 */
export function chineseNumber(n: number): string {
  if (n !== Math.floor(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return ZERO;
  const digits = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < digits.length; i++) {
    const d = +digits.charAt(i);
    const unit = UNITS[digits.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += ZERO;
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS.charAt(d)) + unit;
  }
  return out;
}

/**
 * A year digit by digit, as dates write it.
 * @example chineseYear(2026) // '二〇二六'
 */
export function chineseYear(y: number): string {
  const digits = String(y);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += DIGITS.charAt(+digits.charAt(i));
  return out;
}

/**
 * A date in Chinese numerals, as signed under a formal document.
 * @example chineseDate(dayFromYMD(2026, 11, 28)) // '二〇二六年十一月二十八日'
 */
export function chineseDate(day: Day): string {
  const t = ymdOfDay(day);
  return chineseYear(t.y) + '年' + chineseNumber(t.m) + '月' + chineseNumber(t.d) + '日';
}
