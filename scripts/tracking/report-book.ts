// An earlier .xlsx report's sheets as read-xlsx-report.ts reads them, whichever reader read them:
// the worker's (report-sheets.ts, columns) or SheetJS's (readWorkbook, rows of values).
import { CellValue } from '../../ledger/types';
import { WorkbookRead } from '../read-workbook';
import { CELL_KINDS, ReadSheet, SheetsBook } from './report-sheets';

/** A sheet's cells: row r, column c (0-based); null where empty. */
export interface Table {
  rows: number;
  /** Columns up to the last cell of row r. */
  width(r: number): number;
  cell(r: number, c: number): CellValue;
}

export interface ReportBook {
  date1904: boolean;
  /** Hidden sheets among those read. */
  hidden: string[];
  /** A visible sheet read, by name. */
  sheet(name: string): Table | undefined;
}

/** The book readWorkbook read. */
export function bookOfWorkbook(wb: WorkbookRead): ReportBook {
  return {
    date1904: wb.date1904,
    hidden: wb.hidden,
    sheet(name) {
      const grid = wb.sheets.filter((s) => s.name === name)[0];
      if (!grid) return undefined;
      const rows = grid.rows;
      return {
        rows: rows.length,
        width: (r) => (rows[r] ? rows[r].length : 0),
        cell: (r, c) => {
          const v = rows[r] ? rows[r][c] : undefined;
          return v === undefined ? null : v;
        },
      };
    },
  };
}

/** The book the worker read. */
export function bookOfSheets(book: SheetsBook): ReportBook {
  const { all, starts, ends } = book.strings;
  // Each string is made once: a value repeated down a column is then the same string.
  const made: string[] = new Array(ends.length);
  const string = (i: number): string => {
    let s = made[i];
    if (s === undefined) s = made[i] = all.slice(starts[i], ends[i]);
    return s;
  };
  const K = CELL_KINDS;
  const table = (s: ReadSheet): Table => {
    const columns = s.columns;
    const cell = (r: number, c: number): CellValue => {
      const col = columns[c];
      if (!col || r >= col.kinds.length) return null;
      switch (col.kinds[r]) {
        case K.string:
          return string(col.values[r]);
        case K.number:
          return col.values[r];
        case K.true:
          return true;
        case K.false:
          return false;
        default:
          return null;
      }
    };
    return {
      rows: s.rows,
      width: (r) => {
        for (let c = columns.length - 1; c >= 0; c--) {
          const kinds = columns[c].kinds;
          if (r < kinds.length && kinds[r] !== K.empty) return c + 1;
        }
        return 0;
      },
      cell,
    };
  };
  return {
    date1904: book.date1904,
    hidden: book.sheets.filter((s) => s.hidden).map((s) => s.name),
    sheet(name) {
      const s = book.sheets.filter((x) => x.name === name && !x.hidden)[0];
      return s ? table(s) : undefined;
    },
  };
}
