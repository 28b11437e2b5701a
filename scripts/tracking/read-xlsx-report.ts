// Reads an earlier .xlsx report back: its 汇总 sheet by header names, so a report a user
// sorted, filtered, re-coloured or gave an extra column still reads; its as-of day from 报告信息,
// or from the titles of a report written before that sheet existed.
import { cellText } from '../../ledger/cells';
import { dayFromSerial, dayFromYMD, formatDay, isValidYMD, parseISODay, ymdOfDay } from '../../ledger/days';
import { parseDeadline } from '../../ledger/deadline';
import { CHANGE_NAMES, CHANGES_NEEDING } from '../../ledger/changes';
import type { CompiledSchema } from '../../ledger/compile';
import { COLUMN_KEYS, columnSpec, defaultSchema } from '../../ledger/schema';
import { normalizeLabel } from '../../ledger/text';
import { EffectiveDeadline, TrackedField, TrackedItem } from '../../ledger/tracked';
import { CellValue, ColumnKey, Day, SheetGrid } from '../../ledger/types';
import { ONGOING_DEADLINE, SUMMARY_HEADERS } from '../messages';
import { REPORT_SHEETS } from '../../ledger/sheet-kinds';
import { INPUT_LIMITS } from '../input-policy';
import { readWorkbook, WorkbookReadError } from '../read-workbook';
import { completeItem, lightOfName, sourceRow, statusReader } from './item-fields';
import { INFO_LABELS, RUN_HEADERS, trackMsg } from './messages';
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
function findHeader(grid: SheetGrid): { row: number; cols: { [k: string]: number } } | null {
  const names = headerNames();
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SCAN_ROWS); r++) {
    const row = grid.rows[r] || [];
    const cols: { [k: string]: number } = {};
    for (let c = 0; c < row.length; c++) {
      const text = label(row[c]);
      for (const n of names) if (text === n.header && cols[n.key] === undefined) cols[n.key] = c;
    }
    if (cols.problem !== undefined && cols.department !== undefined) return { row: r, cols };
  }
  return null;
}

/** 报告信息's values by label. */
function infoValues(grid: SheetGrid | undefined): { [label: string]: CellValue } {
  const out: { [label: string]: CellValue } = {};
  if (!grid) return out;
  for (const row of grid.rows) if (row && row.length >= 2) out[label(row[0])] = row[1];
  return out;
}

function dayOfCell(v: CellValue, date1904: boolean): Day | null {
  if (typeof v === 'number' && isFinite(v)) return dayFromSerial(v, date1904);
  return parseISODay(cellText(v));
}

function dayInTitles(grids: (SheetGrid | undefined)[], before: number): Day | null {
  for (const grid of grids) {
    if (!grid) continue;
    for (let r = 0; r < Math.min(grid.rows.length, before); r++) {
      for (const v of grid.rows[r] || []) {
        const m = AS_OF_IN_TITLE.exec(cellText(v));
        if (m && isValidYMD(+m[1], +m[2], +m[3])) return dayFromYMD(+m[1], +m[2], +m[3]);
      }
    }
  }
  return null;
}

function warnDaysOf(info: { [label: string]: CellValue }, summary: SheetGrid, headerRow: number, schema: CompiledSchema): number {
  const stated = info[INFO_LABELS.warnDays];
  if (typeof stated === 'number' && stated >= 0) return stated;
  for (let r = 0; r < headerRow; r++) {
    for (const v of summary.rows[r] || []) {
      const m = WARN_DAYS_IN_LEGEND.exec(cellText(v));
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

/** Reads the report `abs` (shown to the user as `display`); throws EarlierReportError. */
export function readXlsxReport(abs: string, display: string, schema: CompiledSchema): EarlierReport {
  let wb;
  try {
    // Only the sheets a comparison reads: 汇总, and 报告信息 and 统计 for the as-of day.
    wb = readWorkbook(abs, INPUT_LIMITS, [REPORT_SHEETS.summary, REPORT_SHEETS.info, REPORT_SHEETS.stats]);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new EarlierReportError(trackMsg.unreadable(display, e.message));
    throw e;
  }
  const sheet = (name: string) => wb.sheets.filter((s) => s.name === name)[0];
  const summary = sheet(REPORT_SHEETS.summary);
  if (!summary) {
    const why = wb.hidden.indexOf(REPORT_SHEETS.summary) >= 0 ? trackMsg.summaryHidden : trackMsg.noSummary;
    throw new EarlierReportError(trackMsg.notReport(display, why), true);
  }
  const header = findHeader(summary);
  if (!header) throw new EarlierReportError(trackMsg.notReport(display, trackMsg.noHeader), true);
  const cols = header.cols;
  const date1904 = !!summary.date1904;
  const infoSheet = sheet(REPORT_SHEETS.info);
  const info = infoValues(infoSheet);
  const asOf = dayOfCell(info[INFO_LABELS.asOf], date1904) ?? dayInTitles([summary, sheet(REPORT_SHEETS.stats)], HEADER_SCAN_ROWS);
  if (asOf === null) throw new EarlierReportError(trackMsg.notReport(display, trackMsg.noAsOf), true);
  const warnDays = warnDaysOf(info, summary, header.row, schema);
  const lost = lostFields(cols, display);
  const lightKnown = cols.light !== undefined;
  const statusOf = statusReader(schema);
  const year = ymdOfDay(asOf).y;

  const items: TrackedItem[] = [];
  for (let r = header.row + 1; r < summary.rows.length; r++) {
    const row = summary.rows[r];
    if (!row) continue;
    const cell = (k: string): CellValue => (cols[k] === undefined ? null : row[cols[k]]);
    const text = (k: ColumnKey): string => {
      const v = cell(k);
      // Dates the user typed as dates are date cells in the report.
      if ((k === 'deadline' || k === 'closedOn') && typeof v === 'number') return formatDay(dayFromSerial(v, date1904));
      return cellText(v);
    };
    let blank = true;
    for (const k of COLUMN_KEYS) if (text(k) !== '') blank = false;
    if (blank) continue;
    const status = statusOf(text('status'));
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
    const rowCell = cell('row');
    const item: TrackedItem = {
      department: text('department'),
      id: text('id'),
      problem: text('problem'),
      measures: text('measures'),
      owner: text('owner'),
      deadlineText: text('deadline'),
      deadline,
      status: status.status,
      statusText: text('status'),
      progress: text('progress'),
      light: lightOfName(cellText(cell('light'))),
      daysLeft: typeof daysLeft === 'number' ? daysLeft : null,
      source: { file: cellText(cell('file')), sheet: cellText(cell('sheet')), row: typeof rowCell === 'number' ? sourceRow(rowCell) : 0 },
      overdueRuns: runOf(cell('overdueRuns')),
      progressRuns: runOf(cell('progressRuns')),
    };
    items.push(completeItem(item, status.standing, asOf, warnDays, lightKnown));
  }
  const hasRuns = cols.overdueRuns !== undefined && cols.progressRuns !== undefined;
  const version = cellText(info[INFO_LABELS.version]);
  return { file: display, snapshot: { asOf, items, unknown: lost.unknown }, hasRuns, version, notices: lost.notices };
}
