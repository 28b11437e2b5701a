// The members of WPS 表格's object model (the ET model, Excel's VBA model exposed to JavaScript) that the
// add-in uses, and nothing else. Written here because the `wps-jsapi` declarations generated from WPS's
// type library type most of these wrongly (Range.Value2 and Worksheet.UsedRange as numbers, Range(),
// Item() and Address() as returning void, Date1904 as a number); test/wps-host/declared.ts checks
// that every member named here is one `wps-jsapi` declares. Calls are synchronous; indexes are 1-based.

/** XlDVType: Validation.Add's Type. */
export const XlDVType = {
  WholeNumber: 1,
  Decimal: 2,
  List: 3,
  Date: 4,
  Time: 5,
  TextLength: 6,
  Custom: 7,
};

/** XlDVAlertStyle. */
export const XlDVAlertStyle = {
  Stop: 1,
  Warning: 2,
  Information: 3,
};

/** XlFormatConditionOperator, also Validation.Add's Operator. */
export const XlOperator = {
  Between: 1,
  NotBetween: 2,
  Equal: 3,
  NotEqual: 4,
  Greater: 5,
  Less: 6,
  GreaterEqual: 7,
  LessEqual: 8,
};

/** XlFormatConditionType.xlExpression: a rule given by a formula. */
export const XL_EXPRESSION = 2;
/** XlPageOrientation.xlLandscape: PageSetup.Orientation. */
export const XL_LANDSCAPE = 2;
/** XlPaperSize.xlPaperA4: PageSetup.PaperSize. */
export const XL_PAPER_A4 = 9;
/** MsoDocProperties.msoPropertyTypeString. */
export const MSO_PROPERTY_TYPE_STRING = 4;
/** MsoAppLanguageID.msoLanguageIDUI: LanguageSettings.LanguageID's argument for the UI language. */
export const MSO_LANGUAGE_ID_UI = 2;

export interface EtFont {
  Bold: boolean;
  /** BGR: red + green × 256 + blue × 65536. */
  Color: number;
}

/** A range's font; a conditional format's has no size. */
export interface EtRangeFont extends EtFont {
  /** Points. */
  Size: number;
}

export interface EtInterior {
  /** BGR, as Font.Color. */
  Color: number;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  /** Throws when the range has no validation, or more than one. */
  readonly Type: number;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}

export interface EtFormatCondition {
  readonly Type: number;
  /** Relative references are read relative to the active cell, as in Excel. */
  readonly Formula1: string;
  readonly AppliesTo: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  StopIfTrue: boolean;
  SetFirstPriority(): void;
  Delete(): void;
}

export interface EtFormatConditions {
  readonly Count: number;
  Item(index: number): EtFormatCondition;
  /** Relative references in formula1 are taken relative to the active cell, as in Excel. */
  Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
}

export interface EtRange {
  /** 1-based row and column of the top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Count: number;
  /** A scalar for one cell, else rows of values; dates as serial numbers, errors as numbers. */
  Value2: unknown;
  NumberFormat: string;
  /** true when every cell is merged, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  /** The cell at 1-based (row, column) from this range's top-left. */
  Item(row: number, column: number): EtRange;
  /** 'A1:B2' with (false, false), '$A$1:$B$2' by default. */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  readonly Font: EtRangeFont;
  readonly Interior: EtInterior;
  /** In widths of the default font's digit 0 (about 5.25 points at 11 pt), for every column of the range. */
  ColumnWidth: number;
  WrapText: boolean;
  Select(): void;
  Clear(): void;
  /** With no arguments: turns the AutoFilter on over this range. */
  AutoFilter(): void;
  AutoFit(): void;
}

export interface EtName {
  /** 'Sheet1!name' for a name the sheet owns. */
  readonly Name: string;
  readonly RefersTo: string;
}

export interface EtNames {
  readonly Count: number;
  Item(index: number): EtName;
  Add(name: string, refersTo: string, visible: boolean): EtName;
}

export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  Range(address: string): EtRange;
  Activate(): void;
  readonly Names: EtNames;
  readonly ProtectContents: boolean;
  readonly AutoFilterMode: boolean;
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
}

export interface EtHyperlinks {
  /**
   * A link on `anchor`, a range of the same sheet. A place in the workbook is `subAddress` in Excel's
   * reference syntax ('Sheet name'!A7) with `address` ''. Without `textToDisplay` a cell that has a
   * value keeps it.
   */
  Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown;
}

/** Print setup; Excel's VBA model may refuse it on a PC without a printer. */
export interface EtPageSetup {
  /** XlPageOrientation. */
  Orientation: number;
  /** XlPaperSize. */
  PaperSize: number;
  /** A scale in percent (10–400), or false to fit to FitToPagesWide × FitToPagesTall. */
  Zoom: number | false;
  /** Pages wide / tall when Zoom is false; false: as many as needed. */
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  /** The rows repeated at the top of every printed page, e.g. '$1:$3'; '' for none. */
  PrintTitleRows: string;
}

export interface EtSheets {
  readonly Count: number;
  /** By 1-based index or by name. */
  Item(index: number | string): EtWorksheet;
  /** A new worksheet before `before`, or after `after`. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface DocumentProperty {
  readonly Name: string;
  readonly Value: unknown;
  Delete(): void;
}

export interface DocumentProperties {
  readonly Count: number;
  Item(index: number): DocumentProperty;
  Add(name: string, linkToContent: boolean, type: number, value: string): DocumentProperty;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly Date1904: boolean;
  readonly CustomDocumentProperties: DocumentProperties;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  /** The selected cells, even when a shape is selected. */
  readonly RangeSelection: EtRange;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow;
  ScreenUpdating: boolean;
  readonly LanguageSettings: { LanguageID(id: number): number };
}

/** A task pane made by CreateTaskPane. */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
}

/** What WPS adds to Application for a JS add-in: task panes, storage shared by the add-in's pages. */
export interface WpsAddinApplication {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: {
    getItem(key: string): unknown;
    setItem(key: string, value: string | number | boolean): void;
  };
  /** Present in newer WPS only. */
  readonly Enum?: { [name: string]: number };
}
