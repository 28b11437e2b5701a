// 逾期 and 临期: the overdue (red) items and, apart from them, the due-soon
// (amber) items, each by days left; and both grouped by 责任部门 then 责任人,
// which is how reminders go out. A 逾期清单 holds overdue items only; due-soon
// items are listed as 临期.
import { Dict, emptyDict } from './dict';
import { classify } from './lights';
import type { ReminderEntry } from './reminder';
import { stableSort } from './sort';
import { Classification, Day, Item, Light } from './types';

export interface DueLists<T> {
  /** Red: most days overdue first. */
  overdue: T[];
  /** Amber: due soonest first. */
  dueSoon: T[];
}

/**
 * The overdue and the due-soon entries, each by days left (fewest first), ties
 * in the entries' order; every other light is left out.
 */
export function dueLists<T>(entries: T[], cls: (e: T) => Classification): DueLists<T> {
  const overdue: T[] = [];
  const dueSoon: T[] = [];
  for (let i = 0; i < entries.length; i++) {
    const c = cls(entries[i]);
    if (c.daysLeft === null) continue;
    if (c.light === 'red') overdue.push(entries[i]);
    else if (c.light === 'amber') dueSoon.push(entries[i]);
  }
  const days = (e: T): number => cls(e).daysLeft as number;
  return { overdue: stableSort(overdue, days), dueSoon: stableSort(dueSoon, days) };
}

export interface OwnerGroup {
  owner: string;
  entries: ReminderEntry[];
}

export interface DepartmentGroup {
  /** As read ('' when the item has none). */
  department: string;
  owners: OwnerGroup[];
  /** Every entry of the department (for its reminder): the overdue ones, then the due-soon ones. */
  entries: ReminderEntry[];
  overdue: number;
  dueSoon: number;
}

export type LightCounts = { [L in Light]: number } & { unknown: number };

export interface OverdueReport {
  asOf: Day;
  warnDays: number;
  /** Departments with overdue or due-soon items, the most overdue items first. */
  groups: DepartmentGroup[];
  counts: LightCounts;
}

function byOwner(entries: ReminderEntry[]): OwnerGroup[] {
  const owners: OwnerGroup[] = [];
  const at = emptyDict<OwnerGroup>();
  for (let i = 0; i < entries.length; i++) {
    const owner = entries[i].item.text.owner || '';
    let group = at[owner];
    if (!group) {
      group = at[owner] = { owner: owner, entries: [] };
      owners.push(group);
    }
    group.entries.push(entries[i]);
  }
  return owners;
}

/** The sheet's items by light: counts of every light, and the overdue and due-soon ones by department and person. */
export function overdueReport(items: Item[], asOf: Day, warnDays: number): OverdueReport {
  const counts: LightCounts = { red: 0, amber: 0, green: 0, blue: 0, grey: 0, unknown: 0 };
  const departments: string[] = [];
  const byDepartment: Dict<ReminderEntry[]> = emptyDict<ReminderEntry[]>();
  for (let i = 0; i < items.length; i++) {
    const cls = classify(items[i], asOf, warnDays);
    if (cls.light === null) counts.unknown++;
    else counts[cls.light]++;
    if (cls.light !== 'red' && cls.light !== 'amber') continue;
    const department = items[i].department;
    let list = byDepartment[department];
    if (!list) {
      list = byDepartment[department] = [];
      departments.push(department);
    }
    list.push({ item: items[i], cls: cls });
  }
  const groups: DepartmentGroup[] = [];
  for (let d = 0; d < departments.length; d++) {
    const lists = dueLists(byDepartment[departments[d]] as ReminderEntry[], (e) => e.cls);
    const entries = lists.overdue.concat(lists.dueSoon);
    groups.push({
      department: departments[d],
      owners: byOwner(entries),
      entries: entries,
      overdue: lists.overdue.length,
      dueSoon: lists.dueSoon.length,
    });
  }
  // Departments with the most overdue items first; ties keep sheet order.
  return { asOf: asOf, warnDays: warnDays, groups: stableSort(groups, (g) => -g.overdue), counts: counts };
}
