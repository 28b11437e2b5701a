// The merge itself: read every file, read every visible sheet as a ledger,
// classify the items and account for every row. No output is written here.
import { compileSchema, CompiledSchema } from '../ledger/compile';
import { ymdOfDay } from '../ledger/days';
import { classify } from '../ledger/lights';
import { readLedger, SheetLedger } from '../ledger/read';
import { Schema } from '../ledger/schema';
import { departmentStats } from '../ledger/stats';
import { isInstructionSheet, isReportSheetSet } from '../ledger/sheet-kinds';
import { TemplateStamp } from '../ledger/template-stamp';
import { Classification, Day, DepartmentStats, Finding, Item } from '../ledger/types';
import { InputFile, SkippedEntry } from './find-inputs';
import { msg, SKIP_REASONS } from './messages';
import { readWorkbook, WorkbookRead, WorkbookReadError } from './read-workbook';

export interface RunOptions {
  /** In report order. */
  files: InputFile[];
  /** Entries of input folders that are not read: each becomes a finding. */
  skipped?: SkippedEntry[];
  schema: Schema;
  asOf: Day;
  warnDays: number;
  /** Reading stops once more items than this are merged (`overflow` is then set). */
  maxItems?: number;
  onFile?: (index: number, total: number, file: string) => void;
}

export interface SheetSummary {
  name: string;
  /** Non-blank rows below the header (items + skipped rows). */
  rows: number;
  items: number;
  /** A ledger header was found. */
  ledger: boolean;
  hidden?: boolean;
}

export interface FileSummary {
  /** As shown in the report: relative to the working folder. */
  file: string;
  sheets: SheetSummary[];
  rowsRead: number;
  /** Why nothing of this file could be merged (unreadable, or no ledger sheet). */
  error?: string;
  /** The ledger template the file was made from, and the department it was sent to. */
  template?: TemplateStamp;
}

export interface MergedItem {
  item: Item;
  cls: Classification;
  file: string;
  sheet: string;
}

export interface MergeResult {
  asOf: Day;
  warnDays: number;
  schema: CompiledSchema;
  files: FileSummary[];
  items: MergedItem[];
  /** Every finding, in file → sheet → row order; skipped rows are info findings. */
  findings: Finding[];
  departments: DepartmentStats[];
  totals: DepartmentStats;
  /** Files with at least one ledger sheet. */
  filesMerged: number;
  /** Ledger sheets read. */
  sheetsMerged: number;
  /** Files with an `error`. */
  filesFailed: number;
  /** More than `maxItems` items: reading stopped, the result is incomplete. */
  overflow: boolean;
}

function fileFinding(file: string, code: Finding['code'], severity: Finding['severity'], message: string, sheet = ''): Finding {
  return { file, sheet, row: 0, column: '', code, severity, message };
}

/** The core's findings plus one info finding per skipped row, by row (sort is stable: same-row findings keep their order). */
function sheetFindings(ledger: SheetLedger, file: string): Finding[] {
  const skipped: Finding[] = ledger.skipped.map((s) => ({
    file,
    sheet: ledger.sheet,
    row: s.row,
    column: '',
    code: 'row-skipped' as const,
    severity: 'info' as const,
    message: '第' + s.row + '行是' + SKIP_REASONS[s.reason],
  }));
  return ledger.findings.concat(skipped).sort((a, b) => a.row - b.row);
}

function failFile(summary: FileSummary, why: string, code: Finding['code'], result: MergeResult): void {
  summary.error = why;
  result.filesFailed++;
  result.findings.push(fileFinding(summary.file, code, 'error', why));
}

function readOne(input: InputFile, opts: RunOptions, result: MergeResult, year: number): void {
  const file = input.display;
  const summary: FileSummary = { file, sheets: [], rowsRead: 0 };
  result.files.push(summary);
  let wb: WorkbookRead;
  try {
    wb = readWorkbook(input.path);
  } catch (e) {
    // One file that fails in a way nobody foresaw is reported like an unreadable one; the others are merged.
    failFile(summary, e instanceof WorkbookReadError ? e.message : msg.unreadable(msg.unexpected), 'file-unreadable', result);
    return;
  }
  // A report lying among the inputs is not merged again.
  if (isReportSheetSet(wb.sheetNames)) {
    result.findings.push(fileFinding(file, 'own-report', 'info', msg.ownReport));
    return;
  }
  if (wb.template) summary.template = wb.template;
  const findings: Finding[] = [];
  const headerless: string[] = [];
  let ledgers = 0;
  for (const grid of wb.sheets) {
    const ledger = readLedger(grid, { schema: result.schema, file, year, asOf: opts.asOf });
    summary.sheets.push({ name: grid.name, rows: ledger.rowsRead, items: ledger.items.length, ledger: !!ledger.header });
    if (!ledger.header) {
      if (!isInstructionSheet(grid.name)) headerless.push(grid.name);
      continue;
    }
    ledgers++;
    summary.rowsRead += ledger.rowsRead;
    for (const item of ledger.items) {
      result.items.push({ item, cls: classify(item, opts.asOf, opts.warnDays), file, sheet: grid.name });
    }
    for (const f of sheetFindings(ledger, file)) findings.push(f);
  }
  for (const name of wb.hidden) {
    summary.sheets.push({ name, rows: 0, items: 0, ledger: false, hidden: true });
    findings.push(fileFinding(file, 'sheet-hidden', 'info', msg.hiddenSheet, name));
  }
  if (ledgers === 0) {
    // A text file decoded in the wrong character set shows no header: say so rather than only "no header".
    failFile(summary, wb.encoding ? msg.noLedgerEncoding(wb.encoding) : msg.noLedgerInFile, 'header-not-found', result);
  } else {
    result.filesMerged++;
    result.sheetsMerged += ledgers;
    for (const name of headerless) {
      result.findings.push(fileFinding(file, 'header-not-found', 'info', msg.noLedgerInSheet, name));
    }
  }
  for (const f of findings) result.findings.push(f);
}

export function runMerge(opts: RunOptions): MergeResult {
  const result: MergeResult = {
    asOf: opts.asOf,
    warnDays: opts.warnDays,
    schema: compileSchema(opts.schema),
    files: [],
    items: [],
    findings: [],
    departments: [],
    totals: departmentStats([], opts.asOf, opts.warnDays).totals,
    filesMerged: 0,
    sheetsMerged: 0,
    filesFailed: 0,
    overflow: false,
  };
  for (const entry of opts.skipped || []) {
    if (!entry.unreadable) {
      result.findings.push(fileFinding(entry.display, 'file-skipped', 'info', entry.reason));
      continue;
    }
    // An unreadable folder or file counts as an input that could not be read.
    const summary: FileSummary = { file: entry.display, sheets: [], rowsRead: 0 };
    result.files.push(summary);
    failFile(summary, entry.reason, 'file-unreadable', result);
  }
  // Year-less deadlines ("6月底前") take the as-of year unless a title row names the ledger's year.
  const year = ymdOfDay(opts.asOf).y;
  for (let i = 0; i < opts.files.length; i++) {
    if (opts.onFile) opts.onFile(i + 1, opts.files.length, opts.files[i].display);
    readOne(opts.files[i], opts, result, year);
    if (opts.maxItems !== undefined && result.items.length > opts.maxItems) {
      result.overflow = true;
      return result;
    }
  }
  const stats = departmentStats(
    result.items.map((m) => m.item),
    opts.asOf,
    opts.warnDays,
  );
  result.departments = stats.departments;
  result.totals = stats.totals;
  return result;
}

/** Where a finding is, for one-line messages: 工作表“办公室” F12 (the message itself names the row). */
export function findingWhere(f: Finding): string {
  const sheet = f.sheet ? '工作表“' + f.sheet + '”' : '';
  if (!f.row) return sheet;
  return sheet + ' ' + (f.column ? f.column + f.row : '第' + f.row + '行');
}
