// Per-department statistics (统计 sheet and the JSON report).
//
// Departments are listed in the order they are first met in `items` (the order
// of the input files and rows, which offices usually number in their official
// order); items with no department are grouped under （未填部门）, listed last.
// Sorting Chinese names would depend on the host's collation, which differs
// between Node and old Office.
import { emptyDict } from './dict';
import { classify, isClosedLate, isExtended } from './lights';
import { Day, DepartmentStats, Item, Light } from './types';

export const NO_DEPARTMENT = '（未填部门）';
export const TOTALS_NAME = '合计';

/** A department's statistics before any item is counted. */
export function emptyStats(name: string): DepartmentStats {
  return {
    name: name,
    total: 0,
    closed: 0,
    done: 0,
    inProgress: 0,
    notStarted: 0,
    ongoing: 0,
    overdue: 0,
    dueSoon: 0,
    closedLate: 0,
    extended: 0,
    completionRate: 0,
  };
}

function count(s: DepartmentStats, item: Item, light: Light | null): void {
  s.total++;
  if (item.status === '已销号') s.closed++;
  else if (item.status === '已完成') s.done++;
  else if (item.status === '整改中') s.inProgress++;
  else s.notStarted++;
  const open = item.status !== '已销号' && item.status !== '已完成';
  if (open && (item.standing || item.deadline.kind === 'ongoing')) s.ongoing++;
  if (light === 'red') s.overdue++;
  else if (light === 'amber') s.dueSoon++;
  if (isClosedLate(item)) s.closedLate++;
  if (isExtended(item)) s.extended++;
}

function finish(s: DepartmentStats): DepartmentStats {
  s.completionRate = s.total === 0 ? 0 : (s.done + s.closed) / s.total;
  return s;
}

export function departmentStats(items: Item[], asOf: Day, warnDays: number): { departments: DepartmentStats[]; totals: DepartmentStats } {
  const byName = emptyDict<DepartmentStats>();
  const departments: DepartmentStats[] = [];
  const totals = emptyStats(TOTALS_NAME);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const name = item.department === '' ? NO_DEPARTMENT : item.department;
    let s = byName[name];
    if (!s) {
      s = emptyStats(name);
      byName[name] = s;
      departments.push(s);
    }
    const light = classify(item, asOf, warnDays).light;
    count(s, item, light);
    count(totals, item, light);
  }
  const unnamed = byName[NO_DEPARTMENT];
  if (unnamed) {
    for (let i = 0; i < departments.length; i++) {
      if (departments[i] === unnamed) departments.splice(i, 1);
    }
    departments.push(unnamed);
  }
  for (let i = 0; i < departments.length; i++) finish(departments[i]);
  return { departments: departments, totals: finish(totals) };
}
