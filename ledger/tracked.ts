// An item as one merge saw it, with what a later merge needs to compare against it: built by the
// scripts from a fresh merge, or read back from an earlier report.
import { Day, Item, Light, Status } from './types';

/** Where an item was read: file as shown in the report, sheet, 1-based row. */
export interface ItemSource {
  file: string;
  sheet: string;
  row: number;
}

/** The deadline the lights used: a day, 'ongoing' for standing commitments, null when none was read. */
export type EffectiveDeadline = Day | 'ongoing' | null;

export interface TrackedItem {
  /** After the sheet/file-name fallback; '' when unknown. */
  department: string;
  id: string;
  problem: string;
  measures: string;
  owner: string;
  /** 完成时限 as typed. */
  deadlineText: string;
  deadline: EffectiveDeadline;
  /** Canonical status, null when empty or unknown. */
  status: Status | null;
  /** 整改状态 as typed. */
  statusText: string;
  progress: string;
  /**
   * The ledger marks the item 延期 (申请延期/已延期, or a 原定时限 before 完成时限); undefined where
   * that is not known (items read back from a report).
   */
  extended?: boolean;
  light: Light | null;
  daysLeft: number | null;
  source: ItemSource;
  /**
   * Consecutive merges up to this one in which the item was overdue (0 when it is not);
   * undefined when the report did not record it.
   */
  overdueRuns?: number;
  /**
   * Consecutive merges up to this one in which the open item's 整改进展 stayed the same (0 when
   * done); undefined when the report did not record it.
   */
  progressRuns?: number;
}

/** Fields an earlier report may lack (a user deleted the column). */
export type TrackedField = 'status' | 'deadline' | 'light' | 'progress';

/** The items of one merge and the day it was made for. */
export interface Snapshot {
  asOf: Day;
  items: TrackedItem[];
  /** Fields its items do not hold: the changes that need them are not looked for. */
  unknown?: TrackedField[];
}

export function effectiveDeadline(item: Pick<Item, 'deadline' | 'standing'>): EffectiveDeadline {
  if (item.deadline.kind === 'date') return item.deadline.day;
  if (item.deadline.kind === 'ongoing' || item.standing) return 'ongoing';
  return null;
}

/** 已完成 or 已销号: finished by the department. */
export function isDone(status: Status | null): boolean {
  return status === '已完成' || status === '已销号';
}
