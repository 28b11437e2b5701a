// Per-department figures across merges: what changed since the last merge (统计's 较上期
// columns) and the trend over every earlier merge (趋势). 完成率 and 逾期 are counted as 统计
// counts them (stats.ts): 完成率 = (已完成 + 已销号) / 问题总数, 逾期 = red lights.
import { departmentLabel } from './by-department';
import { Comparison } from './changes';
import { Dict, emptyDict } from './dict';
import { comparableText } from './similarity';
import { TOTALS_NAME } from './stats';
import { Snapshot, TrackedItem } from './tracked';
import { Day } from './types';

/** A department's counts in one merge. */
export interface Tally {
  name: string;
  total: number;
  /** 已完成 + 已销号. */
  finished: number;
  overdue: number;
}

/** Departments are the same across merges when their names read the same after normalising. */
export function departmentKey(name: string): string {
  return comparableText(name);
}

function count(t: Tally, item: TrackedItem): void {
  t.total++;
  if (item.light === 'blue' || item.light === 'grey') t.finished++;
  if (item.light === 'red') t.overdue++;
}

/** Tallies per department key, in the order departments are first met, and the totals. */
export function tallies(items: TrackedItem[]): { byKey: Dict<Tally>; keys: string[]; totals: Tally } {
  const byKey = emptyDict<Tally>();
  const keys: string[] = [];
  const totals: Tally = { name: TOTALS_NAME, total: 0, finished: 0, overdue: 0 };
  const keyOf = emptyDict<string>();
  // Items come department by department: most look-ups are the item before's.
  let lastDepartment = '';
  let t: Tally | undefined;
  for (let i = 0; i < items.length; i++) {
    const department = items[i].department;
    if (t === undefined || department !== lastDepartment) {
      const name = departmentLabel(department);
      let key = keyOf[name];
      if (key === undefined) key = keyOf[name] = departmentKey(name);
      t = byKey[key];
      if (!t) {
        t = byKey[key] = { name: name, total: 0, finished: 0, overdue: 0 };
        keys.push(key);
      }
      lastDepartment = department;
    }
    count(t, items[i]);
    count(totals, items[i]);
  }
  return { byKey: byKey, keys: keys, totals: totals };
}

export function completionRate(t: Tally): number {
  return t.total === 0 ? 0 : t.finished / t.total;
}

/** 较上期 for one department (or the totals). */
export interface DepartmentDelta {
  name: string;
  /** 新销号 in this department. */
  newlyClosed: number;
  /** 新逾期 in this department. */
  newlyOverdue: number;
  completionRate: number;
  /** null when the department had no items in the earlier merge. */
  previousCompletionRate: number | null;
  /** In percentage points; null when the department had no items in the earlier merge. */
  completionRateChange: number | null;
}

function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}

function delta(name: string, now: Tally | undefined, then: Tally | undefined, closed: number, overdue: number): DepartmentDelta {
  const rate = now ? completionRate(now) : 0;
  const before = then && then.total > 0 ? completionRate(then) : null;
  return {
    name: name,
    newlyClosed: closed,
    newlyOverdue: overdue,
    completionRate: rate,
    previousCompletionRate: before,
    completionRateChange: before === null ? null : roundPoints((rate - before) * 100),
  };
}

/** Per current department (in 统计's order) and for the totals: what changed since the earlier merge. */
export function departmentDeltas(
  previous: Snapshot,
  current: Snapshot,
  comparison: Comparison,
): { departments: DepartmentDelta[]; totals: DepartmentDelta } {
  const now = tallies(current.items);
  const then = tallies(previous.items);
  const closed = emptyDict<number>();
  const overdue = emptyDict<number>();
  for (let i = 0; i < comparison.changes.length; i++) {
    const c = comparison.changes[i];
    const into = c.kind === 'closed' ? closed : c.kind === 'newlyOverdue' ? overdue : null;
    if (!into) continue;
    const key = departmentKey(departmentLabel(c.department));
    into[key] = (into[key] || 0) + 1;
  }
  const departments: DepartmentDelta[] = [];
  for (let i = 0; i < now.keys.length; i++) {
    const key = now.keys[i];
    const t = now.byKey[key] as Tally;
    departments.push(delta(t.name, t, then.byKey[key], closed[key] || 0, overdue[key] || 0));
  }
  const counts = comparison.counts;
  return { departments: departments, totals: delta(TOTALS_NAME, now.totals, then.totals, counts.closed, counts.newlyOverdue) };
}

/** One department's (or the totals') figures at each merge; null where it had no items. */
export interface TrendSeries {
  name: string;
  completionRate: (number | null)[];
  overdue: (number | null)[];
}

export interface Trend {
  /** The merges' as-of days, oldest first; the last is the current merge. */
  asOf: Day[];
  departments: TrendSeries[];
  totals: TrendSeries;
}

/**
 * The trend over merges given oldest first (the current one last). Departments are listed in
 * the current merge's order, then those found only earlier, latest first.
 */
export function buildTrend(snapshots: Snapshot[]): Trend {
  const all = snapshots.map((s) => tallies(s.items));
  const order: string[] = [];
  const seen = emptyDict<true>();
  for (let s = all.length - 1; s >= 0; s--) {
    for (let i = 0; i < all[s].keys.length; i++) {
      const key = all[s].keys[i];
      if (!seen[key]) {
        seen[key] = true;
        order.push(key);
      }
    }
  }
  const series = (name: string, pick: (s: number) => Tally | undefined): TrendSeries => {
    const out: TrendSeries = { name: name, completionRate: [], overdue: [] };
    for (let s = 0; s < all.length; s++) {
      const t = pick(s);
      out.completionRate.push(t && t.total > 0 ? completionRate(t) : null);
      out.overdue.push(t && t.total > 0 ? t.overdue : null);
    }
    return out;
  };
  const departments = order.map((key) => {
    let name = '';
    for (let s = all.length - 1; s >= 0 && name === ''; s--) {
      const t = all[s].byKey[key];
      if (t) name = t.name;
    }
    return series(name, (s) => all[s].byKey[key]);
  });
  return {
    asOf: snapshots.map((s) => s.asOf),
    departments: departments,
    totals: series(TOTALS_NAME, (s) => all[s].totals),
  };
}
