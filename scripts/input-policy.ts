// What the merge reads: the file types, and how big one file may be.

/** The extensions merged: every format SheetJS reads that a department may send. */
export const INPUT_EXTENSIONS = ['.xlsx', '.xlsm', '.xlsb', '.xls', '.et', '.ods', '.csv'];

// A department's ledger is a few hundred rows; the limits leave room for a
// whole district's export while keeping the merge within the memory of an
// office PC (4–8 GB). A file beyond any of them is refused, with a message
// naming the file and the limit, before it is parsed.

export interface InputLimits {
  /** Bytes on disk. */
  fileBytes: number;
  /** Bytes of all parts of a zipped workbook (xlsx, xlsm, xlsb, ods) once inflated. */
  unzippedBytes: number;
  /** Parts in a zipped workbook. */
  zipEntries: number;
  /** Rows, all sheets together (a sheet's rows run down to its last non-empty row). */
  rows: number;
  /** Cells, all sheets together: filled cells before parsing; row × column span after. */
  cells: number;
}

const MB = 1024 * 1024;

export const INPUT_LIMITS: InputLimits = {
  fileBytes: 200 * MB,
  unzippedBytes: 300 * MB,
  zipEntries: 10000,
  rows: 300000,
  cells: 4000000,
};
