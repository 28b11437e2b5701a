// Text written through Range.values is converted by Excel ('=…' to a formula, '007' to 7, dates to
// serials) unless it starts with an apostrophe, which Excel drops and takes as "keep this as text".

/** A text value Excel stores as typed. */
export function textValue(s: string): string {
  return s === '' ? '' : "'" + s;
}
