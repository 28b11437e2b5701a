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
  /**
   * Rows given no height of their own stay free for the reader to re-fit as text is typed into
   * them (a form to fill in). Otherwise the sheet's default height is fixed too, so every row
   * shows and prints alike everywhere.
   */
  refitRows?: boolean;
  /** Hidden from the sheet tabs (not the first sheet: it is the one shown). */
  hidden?: boolean;
  /** A GUID, '{…}', naming the sheet across sessions (xr:uid); Excel reports it as the worksheet's id. */
  uid?: string;
  /** Data validation, each rule over its own cells. */
  validations?: DataValidation[];
  /** Conditional formats, highest priority first. */
  conditionalFormats?: ConditionalFormat[];
  /** Line charts drawn over the sheet's cells. */
  charts?: LineChart[];
}

/** A block of cells, 0-based and inclusive; `sheet` defaults to the chart's own sheet. */
export interface CellRange {
  sheet?: string;
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

export interface ChartSeries {
  /** The cell holding the series name (0-based). */
  name: { sheet?: string; row: number; col: number };
  /** One row or one column of numbers; empty cells are gaps in the line. */
  values: CellRange;
  /** '#RRGGBB'; default: the next colour of a ten-colour palette. */
  color?: string;
}

/** A line chart whose categories, names and values are cells of the workbook (their values are cached in the chart too). */
export interface LineChart {
  title: string;
  /** One row or one column of category labels (e.g. dates written as text). */
  categories: CellRange;
  series: ChartSeries[];
  /** Number format of the value axis labels, e.g. '0%'. */
  valueFormat?: string;
  valueMin?: number;
  valueMax?: number;
  /** The cells the chart covers: from the top-left cell to the bottom-right one (0-based, exclusive end). */
  anchor: { fromRow: number; fromCol: number; toRow: number; toCol: number };
}

/** A data validation rule (ECMA-376 CT_DataValidation). */
export interface DataValidation {
  /** The cells, e.g. 'J4:J203'; several ranges separated by spaces. */
  sqref: string;
  type: 'list' | 'custom' | 'date' | 'time' | 'whole' | 'decimal' | 'textLength';
  /** For date, time, whole, decimal and textLength (default between). */
  operator?: 'between' | 'notBetween' | 'equal' | 'notEqual' | 'lessThan' | 'lessThanOrEqual' | 'greaterThan' | 'greaterThanOrEqual';
  /**
   * A formula without '=': a list's source (a range, a defined name, or a quoted inline list
   * "a,b,c"), a custom rule (true passes; relative to the first cell of sqref), a bound.
   */
  formula1: string;
  formula2?: string;
  /** Blank cells pass without the rule (default true). */
  allowBlank?: boolean;
  /** Shown when a cell is selected: title ≤ 32 characters, message ≤ 255. */
  prompt?: { title: string; message: string };
  /** Shown when the rule fails: stop refuses, warning and information let the user keep the value. */
  error?: { style: 'stop' | 'warning' | 'information'; title: string; message: string };
}

/** A formula-driven conditional format (ECMA-376 cfRule type="expression"). */
export interface ConditionalFormat {
  /** The cells, e.g. 'A4:L1048576'. */
  sqref: string;
  /** Without '=', relative to the first cell of sqref: true formats the cell. */
  formula: string;
  /** Solid fill, '#RRGGBB'. */
  fill?: string;
  /** '#RRGGBB'. */
  fontColor?: string;
  /** Lower-priority formats are not evaluated for a cell this one formats. */
  stopIfTrue?: boolean;
}

/** A workbook-level defined name. */
export interface DefinedName {
  /** Starts with a letter or _, holds no spaces, and is not a cell address. */
  name: string;
  /** Without '=', e.g. "'字典'!$D$2:$D$9". */
  ref: string;
}

/** Where an Office add-in comes from (MS-OWEXML CT_OsfWebExtensionReference). */
export interface AddinReference {
  /** The add-in's manifest <Id> (or store asset id). */
  id: string;
  /** The manifest's <Version>. */
  version: string;
  /** e.g. 'developer' for Registry, a share path for FileSystem, 'EXCatalog'. */
  store: string;
  /** 'Registry', 'FileSystem', 'EXCatalog', 'OMEX', 'SPCatalog'. */
  storeType: string;
}

/** A task-pane add-in attached to the workbook, with its document settings. */
export interface WebExtension {
  /** A GUID, '{…}', naming this attachment. */
  instanceId: string;
  reference: AddinReference;
  /** References tried when the first is not where the user's Office finds add-ins. */
  alternateReferences?: AddinReference[];
  /** Office.context.document.settings: each value stored as JSON, as Office stores it. */
  settings: { [name: string]: unknown };
  /** Task pane width in pixels (default 350). */
  width?: number;
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
  /** Workbook-level defined names (list sources, named ranges). */
  names?: DefinedName[];
  /** An Office add-in the workbook carries, with its settings. */
  webExtension?: WebExtension;
}
