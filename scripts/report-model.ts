// The report's content, built once from a merge result. The xlsx and the JSON
// writers both render this model, so the two reports cannot disagree.
import { COLUMN_KEYS } from '../ledger/schema';
import { effectiveDeadline } from '../ledger/tracked';
import { ColumnKey, Day, DepartmentStats, FindingCode, Light, Severity } from '../ledger/types';
import { MergeResult, FileSummary } from './merge-run';
import { Tracking } from './tracking/types';

export interface ItemEntry {
  /** Canonical fields by key, as typed (date serials shown YYYY-MM-DD); '' when empty. */
  fields: { [K in ColumnKey]: string };
  /** Cells the user filled with a real date (a serial), for date cells in the xlsx. */
  dates: { [K in ColumnKey]?: Day };
  /** Cells the user filled with a plain number, kept as numbers in the xlsx. */
  numbers: { [K in ColumnKey]?: number };
  light: Light | null;
  daysLeft: number | null;
  /** The deadline the lights used: a day, 'ongoing' for standing commitments, null when none. */
  effectiveDeadline: Day | 'ongoing' | null;
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
  /** Red items, most days overdue first. */
  overdue: ItemEntry[];
  problems: ProblemEntry[];
  counts: { files: number; sheets: number; items: number; problems: number; notes: number };
  /** The comparison with earlier reports (--previous), when one was made. */
  tracking?: Tracking;
}

/** Keys whose numbers are kept as numbers in the xlsx (dates are handled apart). */
const NUMBER_KEYS: ColumnKey[] = COLUMN_KEYS.filter((k) => k !== 'deadline' && k !== 'closedOn');

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
  };
  const dates: ItemEntry['dates'] = {};
  if (typeof item.raw.deadline === 'number' && item.deadline.kind === 'date') dates.deadline = item.deadline.day;
  if (typeof item.raw.closedOn === 'number' && item.closedOn.kind === 'date') dates.closedOn = item.closedOn.day;
  const numbers: ItemEntry['numbers'] = {};
  for (let i = 0; i < NUMBER_KEYS.length; i++) {
    const raw = item.raw[NUMBER_KEYS[i]];
    if (typeof raw === 'number' && isFinite(raw)) numbers[NUMBER_KEYS[i]] = raw;
  }
  return {
    fields,
    dates,
    numbers,
    light: cls.light,
    daysLeft: cls.daysLeft,
    effectiveDeadline: effectiveDeadline(item),
    source: { file: m.file, sheet: m.sheet, row: item.row },
  };
}

export function buildReportModel(result: MergeResult): ReportModel {
  const items = result.items.map(itemEntry);
  // Most days overdue first; ties keep the input order (file, sheet, row): sort is stable.
  const overdue = items.filter((e) => e.light === 'red').sort((a, b) => (a.daysLeft as number) - (b.daysLeft as number));
  const problems: ProblemEntry[] = result.findings.map((f) => ({
    file: f.file || '',
    sheet: f.sheet || null,
    row: f.row || null,
    column: f.column || null,
    code: f.code,
    severity: f.severity,
    message: f.message,
  }));
  const notes = problems.filter((p) => p.severity === 'info').length;
  return {
    asOf: result.asOf,
    warnDays: result.warnDays,
    colors: result.schema.colors,
    files: result.files,
    items,
    departments: result.departments,
    totals: result.totals,
    overdue,
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
