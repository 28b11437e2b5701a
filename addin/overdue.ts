// 检查逾期's words and sheet: the core's overdue report (ledger/overdue.ts) in the pane's language,
// laid out as the 逾期清单 sheet — the overdue items, then the 临期 items and the items that cannot
// be judged, each in a block of its own.
import { deadlineProblem } from '../ledger/deadline';
import { formatDay, serialFromDay, ymdOfDay } from '../ledger/days';
import { OverdueReport } from '../ledger/overdue';
import { ReminderEntry } from '../ledger/reminder';
import { Schema } from '../ledger/schema';
import { CellContent, SheetTable, TableRow } from './host';
import { MessageKey, t } from './i18n';

/** "逾期 5 天" / "今天到期" / "还剩 3 天" for an overdue or due-soon entry. */
export function daysLabel(daysLeft: number): string {
  if (daysLeft < 0) return t(daysLeft === -1 ? 'entryOverdueOne' : 'entryOverdue', { days: -daysLeft });
  if (daysLeft === 0) return t('entryDueToday');
  return t(daysLeft === 1 ? 'entryDueSoonOne' : 'entryDueSoon', { days: daysLeft });
}

/** Where the list was made from, and the day and window it was made for. */
export interface ListSource {
  sheet: string;
  schema: Schema;
}

const FORMATS = ['General', 'General', 'General', 'General', 'General', 'yyyy-mm-dd', '0', 'General', 'General'];
/** 问题描述 and 整改措施 wrap at this width; the other columns fit their contents. */
const WIDTHS = [0, 0, 0, 18, 18, 0, 0, 0, 0];
const SOURCE_COLUMN = 8;

function header(days: MessageKey): string[] {
  const keys: MessageKey[] = [
    'sheetId',
    'sheetDepartment',
    'sheetOwner',
    'sheetProblem',
    'sheetMeasures',
    'sheetDeadline',
    days,
    'sheetStatus',
    'sheetSource',
  ];
  return keys.map((k) => t(k));
}

function entryRow(e: ReminderEntry, days: CellContent, fill: string, sheet: string): TableRow {
  const item = e.item;
  const deadline = item.deadline.kind === 'date' ? serialFromDay(item.deadline.day) : item.text.deadline || '';
  return {
    cells: [
      item.text.id || '',
      item.department,
      item.text.owner || '',
      item.text.problem || '',
      item.text.measures || '',
      deadline,
      days,
      item.text.status || '',
      t('sheetSourceRow', { sheet: sheet, row: item.row }),
    ],
    kind: 'data',
    fill: fill,
    link: { column: SOURCE_COLUMN, to: { sheet: sheet, address: 'A' + item.row } },
  };
}

function plainRow(kind: 'section' | 'header', cells: string[]): TableRow {
  return { cells: cells, kind: kind, fill: '', link: null };
}

function sectionRow(text: string): TableRow {
  return plainRow(
    'section',
    FORMATS.map((_, c) => (c === 0 ? text : '')),
  );
}

/** Every overdue entry of the report in its department order (the report's), most overdue first within each. */
function entries(report: OverdueReport, light: 'red' | 'amber'): ReminderEntry[] {
  const out: ReminderEntry[] = [];
  for (let g = 0; g < report.groups.length; g++) {
    const list = report.groups[g].entries;
    for (let i = 0; i < list.length; i++) if (list[i].cls.light === light) out.push(list[i]);
  }
  return out;
}

/** The 逾期清单 sheet: a title with the as-of day, the overdue items, then the 临期 and the unjudged blocks. */
export function overdueTable(report: OverdueReport, source: ListSource): SheetTable {
  const colors = source.schema.colors;
  const overdue = entries(report, 'red');
  const dueSoon = entries(report, 'amber');
  const rows: TableRow[] = overdue.map((e) => entryRow(e, -(e.cls.daysLeft as number), colors.red, source.sheet));
  if (overdue.length === 0) rows.push(sectionRow(t('sheetNoOverdue')));
  if (dueSoon.length > 0) {
    rows.push(
      plainRow('section', []),
      sectionRow(t('sheetDueSoonBlock', { count: dueSoon.length, days: report.warnDays })),
      plainRow('header', header('sheetDaysLeft')),
    );
    for (let i = 0; i < dueSoon.length; i++) rows.push(entryRow(dueSoon[i], dueSoon[i].cls.daysLeft as number, colors.amber, source.sheet));
  }
  if (report.unjudged.length > 0) {
    const year = ymdOfDay(report.asOf).y;
    rows.push(
      plainRow('section', []),
      sectionRow(t('sheetUnjudgedBlock', { count: report.unjudged.length })),
      plainRow('header', header('sheetReason')),
    );
    for (let i = 0; i < report.unjudged.length; i++) {
      const e = report.unjudged[i];
      rows.push(entryRow(e, deadlineProblem(e.item.deadline, year), '', source.sheet));
    }
  }
  for (let i = 0; i < rows.length; i++) while (rows[i].cells.length < FORMATS.length) rows[i].cells.push('');
  const c = report.counts;
  return {
    title: [
      t('sheetTitle', { date: formatDay(report.asOf) }),
      t('sheetSummary', { sheet: source.sheet, red: c.red, amber: c.amber, unknown: c.unknown, days: report.warnDays }),
    ],
    header: header('sheetDays'),
    rows: rows,
    formats: FORMATS,
    widths: WIDTHS,
  };
}
