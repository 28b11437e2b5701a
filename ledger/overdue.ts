// 逾期 and 临期: the overdue (red) items and, apart from them, the due-soon
// (amber) items, each by days left; and both grouped by 责任部门 then 责任人,
// which is how reminders go out. A 逾期清单 holds overdue items only; due-soon
// items are listed as 临期. Open items whose light cannot be known (no valid
// 完成时限) are listed too, apart: what cannot be judged must still be seen.
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
  /** Open items of the department whose light cannot be known, in sheet order. */
  unjudged: ReminderEntry[];
}

export type LightCounts = { [L in Light]: number } & { unknown: number };

export interface OverdueReport {
  asOf: Day;
  warnDays: number;
  /** Departments with overdue, due-soon or unjudged items, the most overdue items first. */
  groups: DepartmentGroup[];
  /** Open items whose light cannot be known (counts.unknown of them), in sheet order. */
  unjudged: ReminderEntry[];
  /** Items done and awaiting sign-off (blue), in sheet order. */
  awaitingSignOff: ReminderEntry[];
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

/**
 * The sheet's items by light: counts of every light; the overdue, due-soon and unjudged ones by
 * department and person; the unjudged and the done (awaiting sign-off) ones in sheet order.
 */
export function overdueReport(items: Item[], asOf: Day, warnDays: number): OverdueReport {
  const counts: LightCounts = { red: 0, amber: 0, green: 0, blue: 0, grey: 0, unknown: 0 };
  const departments: string[] = [];
  const byDepartment: Dict<ReminderEntry[]> = emptyDict<ReminderEntry[]>();
  const unjudged: ReminderEntry[] = [];
  const awaitingSignOff: ReminderEntry[] = [];
  for (let i = 0; i < items.length; i++) {
    const entry: ReminderEntry = { item: items[i], cls: classify(items[i], asOf, warnDays) };
    const light = entry.cls.light;
    if (light === null) counts.unknown++;
    else counts[light]++;
    if (light === 'blue') awaitingSignOff.push(entry);
    if (light === null) unjudged.push(entry);
    else if (light !== 'red' && light !== 'amber') continue;
    const department = items[i].department;
    let list = byDepartment[department];
    if (!list) {
      list = byDepartment[department] = [];
      departments.push(department);
    }
    list.push(entry);
  }
  const groups: DepartmentGroup[] = [];
  for (let d = 0; d < departments.length; d++) {
    const all = byDepartment[departments[d]] as ReminderEntry[];
    const lists = dueLists(all, (e) => e.cls);
    const entries = lists.overdue.concat(lists.dueSoon);
    groups.push({
      department: departments[d],
      owners: byOwner(entries),
      entries: entries,
      overdue: lists.overdue.length,
      dueSoon: lists.dueSoon.length,
      unjudged: all.filter((e) => e.cls.light === null),
    });
  }
  return {
    asOf: asOf,
    warnDays: warnDays,
    // Departments with the most overdue items first; ties keep sheet order.
    groups: stableSort(groups, (g) => -g.overdue),
    unjudged: unjudged,
    awaitingSignOff: awaitingSignOff,
    counts: counts,
  };
}
