// What Excel does with text written through Range.values: '=…' becomes a formula, numbers, TRUE/FALSE
// and date-looking text are converted (dates to serials with a date format; m/d/y read US-style, as the
// issue warns), a leading apostrophe forces text. Cells formatted '@' keep text as written.
import { ErrorCodes, hostError } from './errors';
import { checkCellFormula } from './formula-syntax';
import { isCalendarDate, serialOfDate } from './serial-date';
import { Cell, Raw } from './workbook';

/** Characters a cell holds. */
export const MAX_CELL_TEXT = 32767;

export interface Coerced {
  cell: Cell;
  numberFormat?: string;
}

function dateOf(text: string): { serial: number; format: string } | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m && isCalendarDate(+m[1], +m[2], +m[3])) return { serial: serialOfDate(+m[1], +m[2], +m[3]), format: 'yyyy/m/d' };
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m && isCalendarDate(+m[1], +m[2], +m[3])) return { serial: serialOfDate(+m[1], +m[2], +m[3]), format: 'yyyy"年"m"月"d"日"' };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m && isCalendarDate(+m[3], +m[1], +m[2])) return { serial: serialOfDate(+m[3], +m[1], +m[2]), format: 'm/d/yyyy' };
  return null;
}

function text(v: string): Coerced {
  if (v.length > MAX_CELL_TEXT)
    throw hostError(ErrorCodes.invalidArgument, 'A cell holds at most ' + MAX_CELL_TEXT + ' characters; got ' + v.length + '.');
  return { cell: { v } };
}

function formula(f: string): Coerced {
  checkCellFormula(f);
  return { cell: { v: '', f } };
}

/** Converts one written value the way Excel would; currentFormat is the cell's number format. */
export function coerceInput(v: Raw, currentFormat: string, asFormula: boolean): Coerced {
  if (typeof v !== 'string') return { cell: { v } };
  if (currentFormat === '@') return text(v);
  if (v.charAt(0) === "'") return text(v.slice(1));
  if (v.length > 1 && v.charAt(0) === '=') return formula(v);
  if (asFormula && v.length > 1 && v.charAt(0) === '+') return formula('=' + v.slice(1));
  const t = v.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return { cell: { v: parseFloat(t) } };
  if (/^true$/i.test(t)) return { cell: { v: true } };
  if (/^false$/i.test(t)) return { cell: { v: false } };
  const date = dateOf(t);
  if (date) return { cell: { v: date.serial }, numberFormat: currentFormat === 'General' ? date.format : undefined };
  return text(v);
}
