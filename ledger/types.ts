// Shared types of the ledger core. The core runs in Node and in the add-in's
// ES5 bundle (IE11 in old Office), so it uses ES5 runtime APIs only.

/** A cell value as both SheetJS (raw, cellDates off) and Office.js deliver it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangular merged area, 0-based and inclusive, in grid coordinates. */
export interface Merge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** One worksheet's cells as the core sees them, whatever host read them. */
export interface SheetGrid {
  /** Worksheet name. */
  name: string;
  /** rows[r][c]; rows may be ragged or sparse (missing = empty). */
  rows: CellValue[][];
  /** Merged areas, in grid coordinates. */
  merges?: Merge[];
  /** 0-based sheet row of rows[0] (a used range need not start at A1). Default 0. */
  firstRow?: number;
  /** 0-based sheet column of rows[r][0]. Default 0. */
  firstCol?: number;
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
}

/**
 * A calendar day: whole days since 1970-01-01 (day 0). Never an instant, so
 * no time zone can move a deadline.
 */
export type Day = number;

export type ColumnKey =
  | 'id'
  | 'category'
  | 'problem'
  | 'measures'
  | 'department'
  | 'owner'
  | 'leader'
  | 'deadline'
  | 'progress'
  | 'status'
  | 'closedOn'
  | 'notes'
  | 'originalDeadline';

export type Status = '未启动' | '整改中' | '已完成' | '已销号';

/** A 整改中 item's deadline is being extended (申请延期) or has been (已延期). */
export type Extension = 'requested' | 'granted';

/** A parsed deadline (or 销号日期). */
export type DateParse =
  | { kind: 'date'; day: Day }
  /** 长期坚持 / 持续推进 / 常态化: no fixed deadline. */
  | { kind: 'ongoing' }
  | { kind: 'empty' }
  /**
   * Unparseable; `text` is what the cell held (messages add DEADLINE_HINT).
   * `serialDay`: the cell held a number that is the serial of this day, outside
   * the years a deadline may fall in (a date cell the clerk sees as that date).
   */
  | { kind: 'invalid'; text: string; serialDay?: Day };

export type Light = 'red' | 'amber' | 'green' | 'blue' | 'grey';

export type Severity = 'error' | 'warning' | 'info';

/** Every code with its severities and meaning: FINDING_CODES (finding-codes.ts). */
export type FindingCode =
  | 'header-not-found'
  | 'column-missing'
  | 'required-empty'
  | 'deadline-invalid'
  | 'status-unknown'
  | 'closed-without-date'
  | 'closed-date-invalid'
  | 'closed-date-future'
  | 'original-deadline-invalid'
  | 'duplicate-id'
  | 'category-unknown'
  | 'sheet-hidden'
  | 'file-unreadable'
  | 'own-report'
  | 'file-skipped'
  | 'row-skipped';

/** A data problem. It never changes the data; the row stays in every output. */
export interface Finding {
  file?: string;
  sheet: string;
  /** 1-based sheet row as Excel shows it; 0 when the finding is about the whole sheet/file. */
  row: number;
  /** Column letter as Excel shows it ("F"); '' when not about one column. */
  column: string;
  /** Canonical column key, when about one column (lets the pane select the cell). */
  key?: ColumnKey;
  code: FindingCode;
  severity: Severity;
  /** Chinese, actionable by a clerk. */
  message: string;
}

/** One ledger item (one problem row) read from a sheet. */
export interface Item {
  /** 1-based sheet row. */
  row: number;
  /** Cell text per canonical column, trimmed, as the user typed it (dates shown YYYY-MM-DD). */
  text: { [K in ColumnKey]?: string };
  /** Raw cell values per canonical column (for hosts that write back nothing, for reference). */
  raw: { [K in ColumnKey]?: CellValue };
  /** Category after section rows and vertical merges are applied. */
  category: string;
  /** Department after the 责任部门 cell / sheet name / file name fallback. */
  department: string;
  /** Where `department` came from. */
  departmentFrom: 'cell' | 'sheet' | 'file' | 'none';
  deadline: DateParse;
  /** Canonical status, or null when empty or unknown. */
  status: Status | null;
  /** The status cell said 长期坚持/持续推进 (so 整改中 with a standing commitment). */
  standing: boolean;
  /** The status cell said 申请延期 or 已延期 (so 整改中 with its deadline extended). */
  extension: Extension | null;
  closedOn: DateParse;
  /** 原定时限: the deadline before an extension ('empty' when the ledger has no such column). */
  originalDeadline: DateParse;
  /** 延期 N 天: deadline − 原定时限 when both are dates and differ (negative: brought forward); else null. */
  extendedDays: number | null;
}

export interface Classification {
  /** null when the light cannot be known: not done and no valid deadline (a data problem says why). */
  light: Light | null;
  /** deadline - asOf in whole days; null for standing commitments and items without a valid date. */
  daysLeft: number | null;
}

export interface DepartmentStats {
  name: string;
  total: number;
  closed: number;
  done: number;
  inProgress: number;
  notStarted: number;
  ongoing: number;
  overdue: number;
  dueSoon: number;
  closedLate: number;
  /** 延期: an extension status, or a deadline later than its 原定时限. */
  extended: number;
  /** (done + closed) / total, 0..1; 0 when total is 0. */
  completionRate: number;
}
