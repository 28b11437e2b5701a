// Public shapes of the styled-XLSX writer (re-exported by index.ts).

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
}

/** The workbook's default font: every cell's font unless its style says otherwise. */
export interface FontSpec {
  name: string;
  /** Points. */
  size: number;
  /** OOXML font family: 1 roman, 2 swiss, 3 modern, 4 script, 5 decorative. */
  family?: number;
  /** Windows character set, e.g. 134 for GB2312, so Excel picks the right script for the name. */
  charset?: number;
}

export interface WorkbookOptions {
  /** docProps/core.xml creation time (default: now). */
  created?: Date;
  /** docProps/core.xml title. */
  title?: string;
  /** docProps/core.xml creator. */
  creator?: string;
  /** docProps/app.xml application name. */
  application?: string;
  /** Default: Calibri 11, Excel's own. */
  font?: FontSpec;
  /** Footer of every printed page, in Excel's header/footer codes: &L &C &R sections, &P page, &N pages. */
  footer?: string;
}
