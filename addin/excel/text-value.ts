// Text written through Range.values is converted by Excel ('=…' to a formula, '007' to 7, dates to
// serials) unless it starts with an apostrophe, which Excel drops and takes as "keep this as text".
// WPS's Range.Value2 converts text the same way and keeps the same apostrophe.
import { CellContent } from '../host';

/** A text value Excel stores as typed. */
export function textValue(s: string): string {
  return s === '' ? '' : "'" + s;
}

/** A cell value as Excel and WPS store it as given: numbers as numbers, text as text. */
export function cellValue(v: CellContent): CellContent {
  return typeof v === 'number' ? v : textValue(v);
}
