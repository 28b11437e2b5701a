// Public shapes of the styled-XLSX writer (re-exported by scripts/xlsx-writer.ts).
import { LineChart } from './chart';

/** Reuse one object per distinct style: the writer caches by object and assumes it is not changed while writing. */
export interface CellStyle {
  bold?: boolean;
  /** Solid background, '#RRGGBB'. */
  fill?: string;
  /** '#RRGGBB'. */
  fontColor?: string;
  /** Font size in points (default 11). */
  fontSize?: number;
  wrap?: boolean;
  /** Excel number format code, e.g. 'yyyy-mm-dd', '0.0%'. */
  numFmt?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'center' | 'bottom';
  /** Thin borders; `false` removes borders the sheet, header or row would give. */
  border?: boolean;
}

export interface StyledCell {
  v: string | number | boolean | null;
  s?: CellStyle;
}

export type OutCell = string | number | boolean | null | StyledCell;

export interface OutSheet {
  /** ≤31 characters, none of []:*?/\, unique in the workbook (case-insensitive). */
  name: string;
  rows: OutCell[][];
  /** Style for every cell of row i; a cell's own style fields override it. */
  rowStyles?: (CellStyle | undefined)[];
  /** Column widths in characters (Excel width units); missing entries keep the default. */
  colWidths?: number[];
  /**
   * 0-based index of the table header row: bold with thin borders, panes frozen below it,
   * autofilter over header..last row × all columns, rows 0..headerRow repeated on printed pages.
   */
  headerRow?: number;
  /** A4 landscape, all columns fitted to one page wide. */
  landscape?: boolean;
  /** Thin borders on every cell of the table (header row, or row 0, to the last row; empty rows excepted). */
  borders?: boolean;
  /** Line charts drawn over the sheet's cells. */
  charts?: LineChart[];
}

export interface WorkbookOptions {
  /** docProps/core.xml creation time (default: now). */
  created?: Date;
  /** docProps/core.xml title. */
  title?: string;
}
