// The report's content, built once from a merge result. The xlsx and the JSON
// writers both render this model, so the two reports cannot disagree.
import { formatDay } from '../ledger/days';
import { dueLists } from '../ledger/overdue';
import { COLUMN_KEYS } from '../ledger/schema';
import { effectiveDeadline, EffectiveDeadline } from '../ledger/tracked';
import { ColumnKey, Day, DepartmentStats, Extension, Finding, FindingCode, Light, Severity, Status } from '../ledger/types';
import { MergeResult, FileSummary } from './merge-run';
import type { Tracking } from './tracking/types';

export interface ItemEntry {
  /** Canonical fields by key, as typed (date serials shown YYYY-MM-DD); '' when empty. */
  fields: { [K in ColumnKey]: string };
  /** Cells the user filled with a real date (a serial), for date cells in the xlsx. */
  dates: { [K in ColumnKey]?: Day };
  /** Cells the user filled with a plain number, kept as numbers in the xlsx. */
  numbers: { [K in ColumnKey]?: number };
  /** Canonical status, null when empty or unknown. */
  status: Status | null;
  /** The status said 申请延期 or 已延期. */
  extension: Extension | null;
  light: Light | null;
  daysLeft: number | null;
  /** 延期 N 天: deadline − 原定时限 when they differ (see Item.extendedDays). */
  extendedDays: number | null;
  /** The deadline the lights used: a day, 'ongoing' for standing commitments, null when none. */
  effectiveDeadline: EffectiveDeadline;
  source: { file: string; sheet: string; row: number };
}

export interface ProblemEntry {
  file: string;
  /** null when about a whole file. */
  sheet: string | null;
  /** 1-based sheet row; null when about a whole sheet or file. */
  row: number | null;
  /** Column letter; null when not about one column. */
  column: string | null;
  code: FindingCode;
  severity: Severity;
  message: string;
}

export interface ReportModel {
  asOf: Day;
  warnDays: number;
  colors: { [L in Light]: string };
  files: FileSummary[];
  items: ItemEntry[];
  departments: DepartmentStats[];
  totals: DepartmentStats;
  /** Red items, most days overdue first (逾期清单). */
  overdue: ItemEntry[];
  /** Amber items, due soonest first (临期清单). */
  dueSoon: ItemEntry[];
  problems: ProblemEntry[];
  counts: { files: number; sheets: number; items: number; problems: number; notes: number };
  /** The comparison with earlier reports (--previous), when one was made. */
  tracking?: Tracking;
}

/** The effective deadline as the JSON report states it: 'YYYY-MM-DD', 'ongoing', or null when none was read. */
export function effectiveDeadlineJson(d: EffectiveDeadline): string | null {
  return d === null || d === 'ongoing' ? d : formatDay(d);
}

/** The `dates` and `numbers` of the many items that have none: one shared empty object, not two per item. */
const NONE: { [K in ColumnKey]?: never } = Object.freeze({});

/** Keys whose cells are dates: a real date (a serial) stays a date cell in the xlsx. */
const DATE_KEYS: ('deadline' | 'closedOn' | 'originalDeadline')[] = ['deadline', 'closedOn', 'originalDeadline'];

/** Keys whose numbers are kept as numbers in the xlsx (dates are handled apart). */
const NUMBER_KEYS: ColumnKey[] = COLUMN_KEYS.filter((k) => (DATE_KEYS as ColumnKey[]).indexOf(k) < 0);

function itemEntry(m: MergeResult['items'][number]): ItemEntry {
  const { item, cls } = m;
  const t = item.text;
  // A literal with every key keeps one object shape for 100,000 items (fast, little garbage).
  const fields: ItemEntry['fields'] = {
    id: t.id || '',
    // Category and department after section rows, merged cells and the sheet/file-name fallback.
    category: item.category,
    problem: t.problem || '',
    measures: t.measures || '',
    department: item.department,
    owner: t.owner || '',
    leader: t.leader || '',
    deadline: t.deadline || '',
    progress: t.progress || '',
    status: t.status || '',
    closedOn: t.closedOn || '',
    notes: t.notes || '',
    originalDeadline: t.originalDeadline || '',
  };
  let dates: ItemEntry['dates'] = NONE;
  for (let i = 0; i < DATE_KEYS.length; i++) {
    const parse = item[DATE_KEYS[i]];
    if (typeof item.raw[DATE_KEYS[i]] !== 'number' || parse.kind !== 'date') continue;
    if (dates === NONE) dates = {};
    dates[DATE_KEYS[i]] = parse.day;
  }
  let numbers: ItemEntry['numbers'] = NONE;
  for (let i = 0; i < NUMBER_KEYS.length; i++) {
    const raw = item.raw[NUMBER_KEYS[i]];
    if (typeof raw !== 'number' || !isFinite(raw)) continue;
    if (numbers === NONE) numbers = {};
    numbers[NUMBER_KEYS[i]] = raw;
  }
  return {
    fields,
    dates,
    numbers,
    status: item.status,
    extension: item.extension,
    light: cls.light,
    daysLeft: cls.daysLeft,
    extendedDays: item.extendedDays,
    effectiveDeadline: effectiveDeadline(item),
    source: { file: m.file, sheet: m.sheet, row: item.row },
  };
}

/**
 * The report's content. Consumes `result.items` and `result.findings`: each is
 * let go as its entry is made, so a large merge never holds both at once.
 */
export function buildReportModel(result: MergeResult): ReportModel {
  const merged: (MergeResult['items'][number] | undefined)[] = result.items;
  result.items = [];
  const items: ItemEntry[] = [];
  for (let i = 0; i < merged.length; i++) {
    items.push(itemEntry(merged[i] as MergeResult['items'][number]));
    merged[i] = undefined;
  }
  // Ties keep the input order: file, sheet, row.
  const lists = dueLists(items, (e) => e);
  const findings: (Finding | undefined)[] = result.findings;
  result.findings = [];
  const problems: ProblemEntry[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    problems.push({
      file: f.file || '',
      sheet: f.sheet || null,
      row: f.row || null,
      column: f.column || null,
      code: f.code,
      severity: f.severity,
      message: f.message,
    });
    findings[i] = undefined;
  }
  const notes = problems.filter((p) => p.severity === 'info').length;
  return {
    asOf: result.asOf,
    warnDays: result.warnDays,
    colors: result.schema.colors,
    files: result.files,
    items,
    departments: result.departments,
    totals: result.totals,
    overdue: lists.overdue,
    dueSoon: lists.dueSoon,
    problems,
    counts: {
      files: result.filesMerged,
      sheets: result.sheetsMerged,
      items: items.length,
      problems: problems.length - notes,
      notes,
    },
  };
}
