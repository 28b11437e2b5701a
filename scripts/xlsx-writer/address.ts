// Cell addresses and the sheet limits of the xlsx format.

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Characters a cell holds. */
export const MAX_TEXT = 32767;
/** A GUID as the package writes them: {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}, upper case. */
export const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/;

/** 0-based column index to letters: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A sheet name as a formula reference: always quoted, inner quotes doubled. */
export function sheetRef(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'!";
}
