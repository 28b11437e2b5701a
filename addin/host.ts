// The one interface between the task pane and a spreadsheet application. The pane's workflows
// (addin/workflows/) speak only to this; excel/office-host.ts implements it over Office.js and
// wps/wps-host.ts over WPS 表格's object model. Each method is one batch of work in the application,
// so its round trips are its cost: addin/README.md lists them per method and per pane action.
import { FormatSpec, ValidationSpec } from '../ledger/excel-rules';
import { SheetGrid } from '../ledger/types';
import { SetupFeature } from './capabilities';
import { SettingsStore } from './settings';

/** A worksheet: the id stays the same when the user renames it. */
export interface SheetRef {
  id: string;
  name: string;
}

/** The active sheet's used range, as the core reads a sheet. */
export interface SheetRead {
  sheet: SheetRef;
  /** Values and merged areas; grid.name is the sheet's name. */
  grid: SheetGrid;
  /** 0-based last row and column of the used range. */
  lastRow: number;
  lastCol: number;
}

/** What 套用台账规范 puts on a ledger sheet: the core's rules and the view settings around them. */
export interface RulesPlan {
  validations: ValidationSpec[];
  /** In priority order, highest first; they go above any rule of the user's. */
  formats: FormatSpec[];
  /** Rows frozen at the top: the title and header rows. */
  freezeRows: number;
  /** Header and data rows an AutoFilter covers, e.g. 'A3:L45'. */
  filterAddress: string;
}

/** What applyRules wrote; features the application lacks count 0 / false. */
export interface RulesWritten {
  validations: number;
  formats: number;
  frozen: boolean;
  /** An AutoFilter was added (one already there is left alone: it may hold the user's criteria). */
  autoFilter: boolean;
  /** The add-in's own rules of an earlier run that were replaced. */
  replacedFormats: number;
  replacedValidations: number;
}

/**
 * A cell value: numbers are written as numbers, strings always as text, as given. A number in a date
 * format is a date serial as the core counts (from 1900); an application that tells a workbook counts
 * from 1904 (WPS) moves it there, Office.js cannot tell.
 */
export type CellContent = string | number;

/** A link from a cell to a cell of the same workbook. */
export interface CellLink {
  /** The target sheet's name. */
  sheet: string;
  /** The target on that sheet, e.g. 'A7' or 'A7:L7'. */
  address: string;
}

/** One row of a table below its header. */
export interface TableRow {
  /** One value per column. */
  cells: CellContent[];
  /**
   * 'data': a row of the table, its cells in the table's number formats; 'section': the title of a
   * block of rows, its first cell in bold; 'header': a block's own header row, in bold. Section and
   * header rows are written in the General format.
   */
  kind: 'data' | 'section' | 'header';
  /** Fill of the row across the table's columns, '#RRGGBB'; '' for none. */
  fill: string;
  /** A link from the cell in column `column` (0-based) to a cell of this workbook; the cell keeps its text. */
  link: { column: number; to: CellLink } | null;
}

/**
 * A table for a sheet of the add-in's own: title rows (each one text in column A), then the header,
 * then the rows.
 */
export interface SheetTable {
  /** Rows above the header: the first is the sheet's title (bold, 14 pt), the others plain. May be empty. */
  title: string[];
  header: string[];
  rows: TableRow[];
  /** Number format of each column for data rows, e.g. 'yyyy-mm-dd' for a date column. */
  formats: string[];
  /** Width of each column in Chinese characters of the default font, 0 to fit it to its contents; a column given a width wraps its text. */
  widths: number[];
}

/** A cell to write into a sheet the user owns, when the user asked for exactly that. */
export interface CellWrite {
  /** The cell, e.g. 'H12'. */
  address: string;
  value: CellContent;
  /** The cell's number format, e.g. 'yyyy-mm-dd' for a date serial; absent: the cell's format is kept. */
  format?: string;
}

/** The sheet a table replaces (by id), or the name of a sheet to add for it. */
export type SheetTarget = { id: string } | { name: string };

/** Which of the rule features the application can write. */
export type HostFeatures = { [F in SetupFeature]: boolean };

export interface LedgerHost {
  readonly features: HostFeatures;
  /** Settings kept in the document, so they travel with the file. */
  readonly settings: SettingsStore;
  /** The active sheet's values and merged areas. */
  readActiveSheet(): Promise<SheetRead>;
  /** readActiveSheet and listSheets together, in the round trip of the read. */
  readActiveSheetAndList(): Promise<{ read: SheetRead; sheets: SheetRef[] }>;
  /**
   * The sheet with this id, active or not, read as readActiveSheet reads the active one; nothing is
   * activated or selected. Rejects with code 'ItemNotFound' when no sheet has the id.
   */
  readSheet(sheetId: string): Promise<SheetRead>;
  /** Every worksheet, in tab order. */
  listSheets(): Promise<SheetRef[]>;
  /**
   * Reads the active sheet, asks `plan` for its rules and writes them, replacing the rules an earlier
   * run wrote there; a null plan writes nothing. Read and write are one call so they share a batch.
   */
  applyRules(plan: (read: SheetRead) => RulesPlan | null): Promise<{ read: SheetRead; written: RulesWritten | null }>;
  /** Adds a sheet named `name` (not taken) with `header` in row 1, in bold and as text, and activates it. */
  createSheet(name: string, header: string[]): Promise<SheetRef>;
  /**
   * Writes a table of the add-in's own into the sheet `target` names, cleared first (values, formats
   * and links), or into a new sheet, and activates it. Title and header rows are frozen; where the
   * application can, the columns get their widths, the links are made, and the sheet is set up for
   * printing: A4 landscape, all columns on one page wide, title and header rows repeated on every page.
   */
  writeTableSheet(target: SheetTarget, table: SheetTable): Promise<SheetRef>;
  /**
   * Writes the given cells of the sheet with this id (values, and number formats where given, each
   * format before its value), in one batch; no other cell, no selection and no active sheet changes.
   * Used only for a change the user asked for and confirmed: the user's values are otherwise never written.
   */
  writeCells(sheetId: string, cells: CellWrite[]): Promise<void>;
  /** Activates the sheet and selects `address` on it ('F10', 'A7:L7', '7:7'). */
  select(sheetName: string, address: string): Promise<void>;
}
