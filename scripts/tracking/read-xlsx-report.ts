// Reads an earlier .xlsx report back: its 汇总 sheet by header names, so a report a user
// sorted, filtered, re-coloured or gave an extra column still reads; its as-of day from 报告信息,
// or from the titles of a report written before that sheet existed.
import { cellText, isEmptyCell } from '../../ledger/cells';
import { dayFromSerial, dayFromYMD, formatDay, isValidYMD, parseISODay, ymdOfDay } from '../../ledger/days';
import { parseDeadline } from '../../ledger/deadline';
import { CHANGE_NAMES, CHANGES_NEEDING } from '../../ledger/changes';
import type { CompiledSchema } from '../../ledger/compile';
import { COLUMN_KEYS, columnSpec, defaultSchema } from '../../ledger/schema';
import { normalizeLabel } from '../../ledger/text';
import { EffectiveDeadline, TrackedField, TrackedItem } from '../../ledger/tracked';
import { CellValue, ColumnKey, Day } from '../../ledger/types';
import { ONGOING_DEADLINE, SUMMARY_HEADERS } from '../messages';
import { INPUT_LIMITS } from '../input-policy';
import { readWorkbook, WorkbookReadError } from '../read-workbook';
import { completeItem, lightOfName, statusReader } from './item-fields';
import { ReportItem, ShownFields } from './report-item';
import { bookOfSheets, bookOfWorkbook, ReportBook, Table } from './report-book';
import { SheetsRead } from './report-sheets';
import { EARLIER_SHEETS } from './report-worker';
import { INFO_LABELS, READ_BY, RUN_HEADERS, trackMsg } from './messages';
import { EarlierReport, EarlierReportError } from './types';

/** Rows searched for the header (the report puts it on row 3). */
const HEADER_SCAN_ROWS = 20;
const AS_OF_IN_TITLE = /截至(\d{4})年(\d{1,2})月(\d{1,2})日/;
const WARN_DAYS_IN_LEGEND = /临期（(\d+)天内到期）/;

type Extra = keyof typeof SUMMARY_HEADERS | 'overdueRuns' | 'progressRuns';

/** The standard header of each canonical column and of 汇总's own columns. */
function headerNames(): { key: ColumnKey | Extra; header: string }[] {
  const out: { key: ColumnKey | Extra; header: string }[] = defaultSchema().columns.map((c) => ({ key: c.key, header: c.header }));
  for (const k of Object.keys(SUMMARY_HEADERS) as (keyof typeof SUMMARY_HEADERS)[]) out.push({ key: k, header: SUMMARY_HEADERS[k] });
  out.push({ key: 'overdueRuns', header: RUN_HEADERS.overdue }, { key: 'progressRuns', header: RUN_HEADERS.progress });
  return out;
}

function label(v: CellValue): string {
  return normalizeLabel(cellText(v));
}

/** Column index per key, from the first row that names both 问题描述 and 责任部门. */
function findHeader(sheet: Table): { row: number; cols: { [k: string]: number } } | null {
  const names = headerNames();
  for (let r = 0; r < Math.min(sheet.rows, HEADER_SCAN_ROWS); r++) {
    const cols: { [k: string]: number } = {};
    for (let c = 0; c < sheet.width(r); c++) {
      const text = label(sheet.cell(r, c));
      for (const n of names) if (text === n.header && cols[n.key] === undefined) cols[n.key] = c;
    }
    if (cols.problem !== undefined && cols.department !== undefined) return { row: r, cols };
  }
  return null;
}

/** 报告信息's values by label. */
function infoValues(sheet: Table | undefined): { [label: string]: CellValue } {
  const out: { [label: string]: CellValue } = {};
  if (!sheet) return out;
  for (let r = 0; r < sheet.rows; r++) if (sheet.width(r) >= 2) out[label(sheet.cell(r, 0))] = sheet.cell(r, 1);
  return out;
}

function dayOfCell(v: CellValue, date1904: boolean): Day | null {
  if (typeof v === 'number' && isFinite(v)) return dayFromSerial(v, date1904);
  return parseISODay(cellText(v));
}

function dayInTitles(sheets: (Table | undefined)[], before: number): Day | null {
  for (const sheet of sheets) {
    if (!sheet) continue;
    for (let r = 0; r < Math.min(sheet.rows, before); r++) {
      for (let c = 0; c < sheet.width(r); c++) {
        const m = AS_OF_IN_TITLE.exec(cellText(sheet.cell(r, c)));
        if (m && isValidYMD(+m[1], +m[2], +m[3])) return dayFromYMD(+m[1], +m[2], +m[3]);
      }
    }
  }
  return null;
}

function warnDaysOf(info: { [label: string]: CellValue }, summary: Table, headerRow: number, schema: CompiledSchema): number {
  const stated = info[INFO_LABELS.warnDays];
  if (typeof stated === 'number' && stated >= 0) return stated;
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < summary.width(r); c++) {
      const m = WARN_DAYS_IN_LEGEND.exec(cellText(summary.cell(r, c)));
      if (m) return +m[1];
    }
  }
  return schema.warnDays;
}

function runOf(v: CellValue): number | undefined {
  return typeof v === 'number' && v >= 1 ? Math.floor(v) : undefined;
}

/** Which fields the report cannot give, and the notices saying what is not compared. */
function lostFields(cols: { [k: string]: number }, display: string): { unknown: TrackedField[]; notices: string[] } {
  const has = (k: string) => cols[k] !== undefined;
  const lost: { field: TrackedField; header: string }[] = [];
  const h = (key: ColumnKey) => columnSpec(defaultSchema(), key).header;
  if (!has('status') && !has('light')) lost.push({ field: 'status', header: h('status') });
  if (!has('deadline') && !has('effectiveDeadline')) lost.push({ field: 'deadline', header: h('deadline') });
  if (!has('light') && (!has('status') || (!has('deadline') && !has('effectiveDeadline'))))
    lost.push({ field: 'light', header: SUMMARY_HEADERS.light });
  if (!has('progress')) lost.push({ field: 'progress', header: h('progress') });
  return {
    unknown: lost.map((l) => l.field),
    notices: lost.map((l) =>
      trackMsg.columnLost(
        display,
        l.header,
        CHANGES_NEEDING[l.field].map((k) => CHANGE_NAMES[k]),
      ),
    ),
  };
}

/** The sheets a comparison reads, from `read` when the worker could read them, else by SheetJS. */
function readBook(abs: string, display: string, read: SheetsRead | undefined): { book: ReportBook; readBy: string } {
  if (read && read.ok) return { book: bookOfSheets(read.book), readBy: READ_BY.worker };
  try {
    const readBy = read ? READ_BY.sheetjs + ' (' + read.why + ')' : READ_BY.sheetjs;
    return { book: bookOfWorkbook(readWorkbook(abs, INPUT_LIMITS, EARLIER_SHEETS)), readBy };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new EarlierReportError(trackMsg.unreadable(display, e.message));
    throw e;
  }
}

/**
 * Reads the report `abs` (shown to the user as `display`), from its sheets `read` when the worker
 * read them already; throws EarlierReportError.
 */
export function readXlsxReport(abs: string, display: string, schema: CompiledSchema, read?: SheetsRead): EarlierReport {
  const { book: wb, readBy } = readBook(abs, display, read);
  const [summaryName, infoName, statsName] = EARLIER_SHEETS;
  const summary = wb.sheet(summaryName);
  if (!summary) {
    const why = wb.hidden.indexOf(summaryName) >= 0 ? trackMsg.summaryHidden : trackMsg.noSummary;
    throw new EarlierReportError(trackMsg.notReport(display, why), true);
  }
  const header = findHeader(summary);
  if (!header) throw new EarlierReportError(trackMsg.notReport(display, trackMsg.noHeader), true);
  const cols = header.cols;
  const date1904 = wb.date1904;
  const info = infoValues(wb.sheet(infoName));
  const asOf = dayOfCell(info[INFO_LABELS.asOf], date1904) ?? dayInTitles([summary, wb.sheet(statsName)], HEADER_SCAN_ROWS);
  if (asOf === null) throw new EarlierReportError(trackMsg.notReport(display, trackMsg.noAsOf), true);
  const warnDays = warnDaysOf(info, summary, header.row, schema);
  const lost = lostFields(cols, display);
  const lightKnown = cols.light !== undefined;
  const statusOf = statusReader(schema);
  const year = ymdOfDay(asOf).y;

  const cellOf = (r: number, k: string): CellValue => (cols[k] === undefined ? null : summary.cell(r, cols[k]));
  const textOf = (r: number, k: ColumnKey): string => {
    const v = cellOf(r, k);
    // Dates the user typed as dates are date cells in the report.
    if ((k === 'deadline' || k === 'closedOn') && typeof v === 'number') return formatDay(dayFromSerial(v, date1904));
    return cellText(v);
  };
  const shown: ShownFields = {
    measures: (r) => textOf(r, 'measures'),
    owner: (r) => textOf(r, 'owner'),
    deadline: (r) => textOf(r, 'deadline'),
    file: (r) => cellText(cellOf(r, 'file')),
    sheet: (r) => cellText(cellOf(r, 'sheet')),
    row: (r) => {
      const v = cellOf(r, 'row');
      return typeof v === 'number' ? v : 0;
    },
  };
  const items: TrackedItem[] = [];
  for (let r = header.row + 1; r < summary.rows; r++) {
    const cell = (k: string): CellValue => cellOf(r, k);
    if (COLUMN_KEYS.every((k) => isEmptyCell(cell(k)))) continue;
    const statusText = textOf(r, 'status');
    const status = statusOf(statusText);
    let deadline: EffectiveDeadline = null;
    if (cols.effectiveDeadline !== undefined) {
      const v = cell('effectiveDeadline');
      deadline = cellText(v) === ONGOING_DEADLINE ? 'ongoing' : dayOfCell(v, date1904);
    } else {
      const parsed = parseDeadline(cell('deadline'), { year, date1904 }, schema);
      if (parsed.kind === 'date') deadline = parsed.day;
      else if (parsed.kind === 'ongoing' || status.standing) deadline = 'ongoing';
    }
    const daysLeft = cell('daysLeft');
    const item = new ReportItem(
      shown,
      r,
      textOf(r, 'department'),
      textOf(r, 'id'),
      textOf(r, 'problem'),
      deadline,
      status.status,
      statusText,
      textOf(r, 'progress'),
      lightOfName(cellText(cell('light'))),
      typeof daysLeft === 'number' ? daysLeft : null,
      runOf(cell('overdueRuns')),
      runOf(cell('progressRuns')),
    );
    items.push(completeItem(item, status.standing, asOf, warnDays, lightKnown));
  }
  const hasRuns = cols.overdueRuns !== undefined && cols.progressRuns !== undefined;
  const version = cellText(info[INFO_LABELS.version]);
  return { file: display, snapshot: { asOf, items, unknown: lost.unknown }, hasRuns, version, notices: lost.notices, readBy };
}
