// Deadline (完成时限) and date-cell (销号日期) normalisation: every way a clerk
// writes a date becomes a calendar Day, a standing commitment becomes 'ongoing',
// and anything else is 'invalid' — never a guess.
//
// Accepted, after removing spaces and turning full-width characters half-width:
// - numbers: Excel serials (1900 or 1904 system, time dropped); an 8-digit
//   number like 20230630 is read as YYYYMMDD (as a serial it would be year 57000);
// - Date objects: the local calendar date they show;
// - text: 2023-06-30, 2023/6/30, 2023.6.30, 20230630, 2023年6月30日, 2023年6月30号,
//   6月30日, 2023年6月底/末, 2023年6月上旬/中旬/下旬 (10th/20th/last day),
//   2023年6月 and 2023年6月份 and 2023.6 (month end), 2023年底/年末, 年底, 今年底,
//   年内 and 2023年内 (12-31), 上半年/下半年 (6-30/12-31), 一季度/第二季度/3季度 and
//   their 末/底 forms (quarter end); months, days and quarters may be Chinese
//   numerals (六月底); year-less forms take ctx.year;
// - decorations: a leading 于/在/截至/截止/力争/计划/预计, a trailing 完成/完成整改/办结,
//   a trailing full stop or semicolon, and 前/以前/之前 — but 前 only after a precise
//   end (a day, 底/末, a 旬, 季度末): "6月前" could mean "by May", so it is invalid;
// - ranges "A至B", "A到B", "A~B", "A-B" (B year-less takes A's year): the END of B,
//   when exactly one split makes sense and B does not end before A starts;
// - a time after a numeric date ("2023-06-30 00:00:00") is dropped.
// Every date must fall in 1990..2100; anything outside is a typo, not a deadline.
import { cellText } from './cells';
import { dayFromDate, dayFromSerial, dayFromYMD, isValidYMD, ymdOfDay } from './days';
import type { CompiledSchema } from './compile';
import { Schema } from './schema';
import { CellValue, DateParse, Day } from './types';

export interface DateContext {
  date1904?: boolean;
  /** The ledger year, used by year-less forms such as 6月底 or 年底前. */
  year: number;
}

export const DEADLINE_HINT = '日期（如 2023-06-30、2023/6/30、2023年6月30日、2023年6月底、6月底前、年底前）或“长期坚持”“持续推进”“常态化”';

/** Years a date may fall in; the add-in's Excel rules use the same range. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
const MIN_DAY = dayFromYMD(MIN_YEAR, 1, 1);
const MAX_DAY = dayFromYMD(MAX_YEAR, 12, 31);
/** Excel's last date (serial 2958465); a larger number is no date in any cell format. */
const LAST_SERIAL_DAY = dayFromYMD(9999, 12, 31);

/** A parsed period: start..end are the days it covers; the deadline is its end. */
interface Period {
  start: Day;
  end: Day;
  /** The year written in the text, or null for a year-less form. */
  year: number | null;
  /** The end is a precise point (a day, 月底, 季度末…), so "…前" makes sense after it. */
  precise: boolean;
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const YEAR_PREFIX = '(?:(\\d{4})年)?';
const RE_NUMERIC_YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const RE_COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const RE_NUMERIC_YM = /^(\d{4})[-/.](\d{1,2})$/;
const RE_CN_YMD = new RegExp('^' + YEAR_PREFIX + NUM + '月' + NUM + '(?:日|号)?$');
const RE_CN_YM = new RegExp('^' + YEAR_PREFIX + NUM + '月(底|末|上旬|中旬|下旬|份)?$');
const RE_YEAR_END = /^(?:(\d{4})年年?|(?:今|本|当)年年?|年)(底|末|内)$/;
const RE_HALF_YEAR = new RegExp('^' + YEAR_PREFIX + '(上|下)半年(末|底)?$');
const RE_QUARTER = new RegExp('^' + YEAR_PREFIX + '第?([1-4一二三四])季度(末|底)?$');
const RE_PREFIX = /^(?:力争|计划|预计)?(?:于|在|截至|截止)?/;
const PREFIX_STARTS = '力计预于在截';
const RE_DONE_SUFFIX = /(?:完成整改|完成|办结)$/;
const DONE_ENDS = '成改结';
const RE_BEFORE_SUFFIX = /(?:以前|之前|前)$/;
const RE_TIME_SUFFIX = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const RANGE_SEPARATORS = '至到~-';

const CN_DIGITS: { [c: string]: number } = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** '30', '三十', '十二', '三十一', '六' → number; NaN when not a number. */
function toNumber(s: string): number {
  const c0 = s.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return parseInt(s, 10);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && CN_DIGITS[s] ? CN_DIGITS[s] : NaN;
  if (s.indexOf('十', ten + 1) >= 0) return NaN;
  const tens = ten === 0 ? 1 : ten === 1 ? CN_DIGITS[s.charAt(0)] : NaN;
  const restText = s.slice(ten + 1);
  const units = restText === '' ? 0 : restText.length === 1 ? CN_DIGITS[restText] : NaN;
  return tens * 10 + units;
}

// Characters normalizeDateText changes; most cells have none and skip the copy.
const NEEDS_NORMALIZING = /[\s\u200B\uFEFF\uFF01-\uFF5E\u2013-\u2015\u301C~]/;
const SPACE = /[\s\u200B\uFEFF]/;

function isSpace(c: number): boolean {
  return c <= 32 || (c > 127 && SPACE.test(String.fromCharCode(c)));
}
const TRAILING_PUNCTUATION = '。.;；,，';

/**
 * Removes all white space, turns full-width ASCII half-width and range dashes
 * (—, –, ～, 〜) into '~', and drops trailing sentence punctuation.
 */
function normalizeDateText(s: string): string {
  let out = '';
  if (NEEDS_NORMALIZING.test(s)) {
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (isSpace(c)) continue;
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      if (c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x301c || c === 0x7e) {
        out += '~';
        continue;
      }
      out += String.fromCharCode(c);
    }
  } else {
    out = s;
  }
  let end = out.length;
  while (end > 0 && TRAILING_PUNCTUATION.indexOf(out.charAt(end - 1)) >= 0) end--;
  return end === out.length ? out : out.slice(0, end);
}

function inRange(day: Day): boolean {
  return day >= MIN_DAY && day <= MAX_DAY;
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function monthEnd(y: number, m: number): Day {
  return m === 12 ? dayFromYMD(y + 1, 1, 1) - 1 : dayFromYMD(y, m + 1, 1) - 1;
}

function dayPeriod(y: number, m: number, d: number, written: number | null): Period | null {
  if (!validYear(y) || !isValidYMD(y, m, d)) return null;
  const day = dayFromYMD(y, m, d);
  return { start: day, end: day, year: written, precise: true };
}

function writtenYear(group: string | undefined): number | null {
  return group ? parseInt(group, 10) : null;
}

/** The year a form names, or the ledger's year for a year-less form. */
function yearOf(written: number | null, defaultYear: number): number {
  return written === null ? defaultYear : written;
}

/** 2023年6月30日, 6月30号, 六月三十日. */
function cnDayPeriod(m: RegExpExecArray, defaultYear: number): Period | null {
  const written = writtenYear(m[1]);
  return dayPeriod(yearOf(written, defaultYear), toNumber(m[2]), toNumber(m[3]), written);
}

/** 2023年6月, 6月底/末, 6月上旬/中旬/下旬, 6月份, 2023.6: the month, or its part. */
function monthPeriod(m: RegExpExecArray, defaultYear: number): Period | null {
  const written = writtenYear(m[1]);
  const y = yearOf(written, defaultYear);
  const mo = toNumber(m[2]);
  if (!validYear(y) || !(mo >= 1 && mo <= 12)) return null;
  const part = m[3] || '';
  const start = dayFromYMD(y, mo, 1);
  if (part === '上旬') return { start: start, end: start + 9, year: written, precise: true };
  if (part === '中旬') return { start: start + 10, end: start + 19, year: written, precise: true };
  const precise = part === '底' || part === '末' || part === '下旬';
  return { start: part === '下旬' ? start + 20 : start, end: monthEnd(y, mo), year: written, precise: precise };
}

/** 2023年底/末, 年底, 今年底: the last day; 年内, 2023年内: the whole year. */
function yearEndPeriod(m: RegExpExecArray, defaultYear: number): Period | null {
  const written = writtenYear(m[1]);
  const y = yearOf(written, defaultYear);
  if (!validYear(y)) return null;
  const end = dayFromYMD(y, 12, 31);
  const within = m[2] === '内';
  return { start: within ? dayFromYMD(y, 1, 1) : end, end: end, year: written, precise: !within };
}

/** 上半年, 2023年下半年(末/底). */
function halfYearPeriod(m: RegExpExecArray, defaultYear: number): Period | null {
  const written = writtenYear(m[1]);
  const y = yearOf(written, defaultYear);
  if (!validYear(y)) return null;
  const first = m[2] === '上';
  return {
    start: dayFromYMD(y, first ? 1 : 7, 1),
    end: first ? dayFromYMD(y, 6, 30) : dayFromYMD(y, 12, 31),
    year: written,
    precise: !!m[3],
  };
}

/** 一季度, 2023年第三季度(末/底). */
function quarterPeriod(m: RegExpExecArray, defaultYear: number): Period | null {
  const written = writtenYear(m[1]);
  const y = yearOf(written, defaultYear);
  const q = toNumber(m[2]);
  if (!validYear(y)) return null;
  return { start: dayFromYMD(y, q * 3 - 2, 1), end: monthEnd(y, q * 3), year: written, precise: !!m[3] };
}

interface PeriodForm {
  pattern: RegExp;
  period: (m: RegExpExecArray, defaultYear: number) => Period | null;
}

/** The forms a date or period is written in; the first whose pattern matches decides. */
const PERIOD_FORMS: PeriodForm[] = [
  { pattern: RE_NUMERIC_YMD, period: (m) => dayPeriod(+m[1], +m[3], +m[4], +m[1]) },
  { pattern: RE_COMPACT_YMD, period: (m) => dayPeriod(+m[1], +m[2], +m[3], +m[1]) },
  { pattern: RE_CN_YMD, period: cnDayPeriod },
  { pattern: RE_CN_YM, period: monthPeriod },
  { pattern: RE_NUMERIC_YM, period: monthPeriod },
  { pattern: RE_YEAR_END, period: yearEndPeriod },
  { pattern: RE_HALF_YEAR, period: halfYearPeriod },
  { pattern: RE_QUARTER, period: quarterPeriod },
];

/** One date or period, already normalised and stripped of decorations. */
function parsePeriod(s: string, defaultYear: number): Period | null {
  for (let i = 0; i < PERIOD_FORMS.length; i++) {
    const m = PERIOD_FORMS[i].pattern.exec(s);
    if (m) return PERIOD_FORMS[i].period(m, defaultYear);
  }
  return null;
}

/** A period with its trailing 前/以前/之前, which needs a precise end. */
function parseWithBefore(s: string, defaultYear: number): Period | null {
  const before = s.charAt(s.length - 1) === '前' ? RE_BEFORE_SUFFIX.exec(s) : null;
  const core = before ? s.slice(0, before.index) : s;
  const p = parsePeriod(core, defaultYear);
  return p && (!before || p.precise) ? p : null;
}

/** "A至B": the end of B, when exactly one split point gives two periods in order. */
function parseRange(s: string, defaultYear: number): Day | null {
  let found: Day | null = null;
  for (let i = 1; i < s.length - 1; i++) {
    if (RANGE_SEPARATORS.indexOf(s.charAt(i)) < 0) continue;
    const left = parsePeriod(s.charAt(0) === '从' ? s.slice(1, i) : s.slice(0, i), defaultYear);
    if (!left) continue;
    const right = parseWithBefore(s.slice(i + 1), left.year === null ? defaultYear : left.year);
    if (!right || right.end < left.start) continue;
    if (found !== null) return null;
    found = right.end;
  }
  return found;
}

/** A date written as text (already normalised); null when it is not one. */
function parseDateText(s: string, defaultYear: number): Day | null {
  let core = s;
  if (PREFIX_STARTS.indexOf(core.charAt(0)) >= 0) core = core.replace(RE_PREFIX, '');
  if (DONE_ENDS.indexOf(core.charAt(core.length - 1)) >= 0) core = core.replace(RE_DONE_SUFFIX, '');
  if (core === '') return null;
  const p = parseWithBefore(core, defaultYear);
  if (p) return p.end;
  return parseRange(core, defaultYear);
}

function dayFromNumber(n: number, date1904: boolean | undefined): Day | null {
  if (!isFinite(n)) return null;
  if (n >= 1) {
    const day = dayFromSerial(n, date1904);
    if (inRange(day)) return day;
  }
  if (Math.floor(n) === n && n >= 10000000 && n <= 99999999) {
    const p = dayPeriod(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, null);
    return p ? p.end : null;
  }
  return null;
}

/** The schema's standing-commitment deadline words, normalised as deadline text is (see compileSchema). */
export function ongoingWords(schema: Schema): string[] {
  const words: string[] = [];
  for (let i = 0; i < schema.ongoingDeadlines.length; i++) {
    const w = normalizeDateText(schema.ongoingDeadlines[i]);
    if (w !== '') words.push(w);
  }
  return words;
}

function parseText(text: string, year: number, ongoing: readonly string[] | null): DateParse {
  const timeless = text.indexOf(':') >= 0 ? text.replace(RE_TIME_SUFFIX, '$1') : text;
  const s = normalizeDateText(timeless);
  const day = parseDateText(s, year);
  if (day !== null) return { kind: 'date', day: day };
  if (ongoing) {
    for (let i = 0; i < ongoing.length; i++) {
      if (s.indexOf(ongoing[i]) >= 0) return { kind: 'ongoing' };
    }
  }
  return { kind: 'invalid', text: text };
}

function parseValue(v: CellValue, ctx: DateContext, ongoing: readonly string[] | null): DateParse {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') {
    const day = dayFromNumber(v, ctx.date1904);
    if (day !== null) return { kind: 'date', day: day };
    const invalid: DateParse = { kind: 'invalid', text: cellText(v) };
    if (v >= 1 && isFinite(v) && dayFromSerial(v, ctx.date1904) <= LAST_SERIAL_DAY) invalid.serialDay = dayFromSerial(v, ctx.date1904);
    return invalid;
  }
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return { kind: 'invalid', text: String(v) };
    const day = dayFromDate(v);
    return inRange(day) ? { kind: 'date', day: day } : { kind: 'invalid', text: cellText(v) };
  }
  const text = cellText(v);
  if (text === '') return { kind: 'empty' };
  if (typeof v !== 'string') return { kind: 'invalid', text: text };
  return parseText(text, ctx.year, ongoing);
}

/** A 完成时限 cell: a date, a standing commitment (schema.ongoingDeadlines, also inside longer text), empty, or invalid. */
export function parseDeadline(v: CellValue, ctx: DateContext, schema: CompiledSchema): DateParse {
  return parseValue(v, ctx, schema.ongoingWords);
}

/** A plain date cell (销号日期): the same date forms, no standing-commitment words. */
export function parseDateCell(v: CellValue, ctx: DateContext): DateParse {
  return parseValue(v, ctx, null);
}

const RE_ANY_YMD = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?:日|号)?$/;

function daysInMonth(y: number, m: number): number {
  return ymdOfDay(monthEnd(y, m)).d;
}

/** What is wrong with a written year, month and day, or '' when they make a date. */
function ymdProblem(y: number, m: number, d: number): string {
  if (isNaN(m) || isNaN(d)) return '';
  if (!validYear(y)) return '年份' + y + '不在' + MIN_YEAR + '至' + MAX_YEAR + '年之间';
  if (!(m >= 1 && m <= 12)) return '没有' + m + '月';
  if (d < 1) return '没有' + d + '日';
  if (d > daysInMonth(y, m)) return (m === 2 && d === 29 ? y + '年' : '') + m + '月没有' + d + '日';
  return '';
}

/**
 * Why a 完成时限 gives no light, in words a clerk can act on; '' when it is a date or a standing
 * commitment. year: the ledger year, as for parseDeadline.
 * @example deadlineProblem({ kind: 'invalid', text: '2026-11-31' }, 2026) // '11月没有31日'
 */
export function deadlineProblem(deadline: DateParse, year: number): string {
  if (deadline.kind === 'empty') return '未填写完成时限';
  if (deadline.kind !== 'invalid') return '';
  const s = normalizeDateText(deadline.text);
  const numeric = RE_ANY_YMD.exec(s);
  const written = numeric ? null : RE_CN_YMD.exec(s);
  let problem = '';
  if (numeric) problem = ymdProblem(+numeric[1], +numeric[2], +numeric[3]);
  else if (written) problem = ymdProblem(written[1] ? +written[1] : year, toNumber(written[2]), toNumber(written[3]));
  return problem || '不是可识别的日期';
}
