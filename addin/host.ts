// The one interface between the task pane and a spreadsheet application. The pane's workflows
// (addin/workflows/) speak only to this; excel/office-host.ts implements it over Office.js. Each
// method is one batch of work in the application, so its round trips are its cost: addin/README.md
// lists them per method and per pane action.
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

/** A table for a sheet of the add-in's own: row 1 the header. */
export interface SheetTable {
  header: string[];
  /** Numbers are written as numbers (dates as serials), strings always as text. */
  rows: (string | number)[][];
  /** Number format of each column, e.g. 'yyyy-mm-dd' for a date column. */
  formats: string[];
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
   * Writes a table of the add-in's own into the sheet `target` names, cleared first, or into a new sheet:
   * header bold and frozen, columns fitted where the application can; activates it.
   */
  writeTableSheet(target: SheetTarget, table: SheetTable): Promise<SheetRef>;
  /** Activates the sheet and selects `address` on it ('F10', 'A7:L7', '7:7'). */
  select(sheetName: string, address: string): Promise<void>;
}
