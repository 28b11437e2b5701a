// 检查逾期, the pure part: classify the items read from the sheet, group the overdue and
// due-soon ones by 责任部门 then 责任人, and lay them out as the 逾期清单 sheet.
import { serialFromDay } from '../ledger/days';
import { classify } from '../ledger/lights';
import { ReminderEntry } from '../ledger/reminder';
import { Day, Item, Light } from '../ledger/types';
import { t } from './i18n';
import { SheetTable } from './excel/write-overdue-sheet';

export interface OwnerGroup {
  owner: string;
  entries: ReminderEntry[];
}

export interface DepartmentGroup {
  /** As read ('' when the item has none). */
  department: string;
  owners: OwnerGroup[];
  /** Every entry of the department (for its reminder), most overdue first. */
  entries: ReminderEntry[];
  overdue: number;
  dueSoon: number;
}

export type LightCounts = { [L in Light]: number } & { unknown: number };

export interface OverdueReport {
  asOf: Day;
  warnDays: number;
  groups: DepartmentGroup[];
  counts: LightCounts;
}

/** Most overdue first; ties keep sheet order (IE11's sort is not stable). */
function byUrgency(list: { e: ReminderEntry; i: number }[]): ReminderEntry[] {
  list.sort((a, b) => (a.e.cls.daysLeft as number) - (b.e.cls.daysLeft as number) || a.i - b.i);
  const out: ReminderEntry[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i].e);
  return out;
}

export function overdueReport(items: Item[], asOf: Day, warnDays: number): OverdueReport {
  const counts: LightCounts = { red: 0, amber: 0, green: 0, blue: 0, grey: 0, unknown: 0 };
  const order: string[] = [];
  const picked: { [key: string]: { e: ReminderEntry; i: number }[] } = {};
  for (let i = 0; i < items.length; i++) {
    const cls = classify(items[i], asOf, warnDays);
    if (cls.light === null) counts.unknown++;
    else counts[cls.light]++;
    if (cls.light !== 'red' && cls.light !== 'amber') continue;
    const key = '#' + items[i].department;
    if (!picked[key]) {
      picked[key] = [];
      order.push(items[i].department);
    }
    picked[key].push({ e: { item: items[i], cls: cls }, i: i });
  }
  const groups: DepartmentGroup[] = [];
  for (let d = 0; d < order.length; d++) {
    const entries = byUrgency(picked['#' + order[d]]);
    const owners: OwnerGroup[] = [];
    const ownerAt: { [key: string]: OwnerGroup } = {};
    let overdue = 0;
    for (let i = 0; i < entries.length; i++) {
      const owner = entries[i].item.text.owner || '';
      if (!ownerAt['#' + owner]) {
        ownerAt['#' + owner] = { owner: owner, entries: [] };
        owners.push(ownerAt['#' + owner]);
      }
      ownerAt['#' + owner].entries.push(entries[i]);
      if (entries[i].cls.light === 'red') overdue++;
    }
    groups.push({ department: order[d], owners: owners, entries: entries, overdue: overdue, dueSoon: entries.length - overdue });
  }
  // Departments with the most overdue items first; ties keep sheet order.
  const ranked: { g: DepartmentGroup; i: number }[] = [];
  for (let i = 0; i < groups.length; i++) ranked.push({ g: groups[i], i: i });
  ranked.sort((a, b) => b.g.overdue - a.g.overdue || a.i - b.i);
  const sorted: DepartmentGroup[] = [];
  for (let i = 0; i < ranked.length; i++) sorted.push(ranked[i].g);
  return { asOf: asOf, warnDays: warnDays, groups: sorted, counts: counts };
}

/** "逾期 5 天" / "今天到期" / "还剩 3 天" for an overdue or due-soon entry. */
export function daysLabel(daysLeft: number): string {
  if (daysLeft < 0) return t('entryOverdue', { days: -daysLeft });
  if (daysLeft === 0) return t('entryDueToday');
  return t('entryDueSoon', { days: daysLeft });
}

/** The 逾期清单 sheet: one row per entry, deadlines as date serials. */
export function overdueTable(report: OverdueReport, sheetName: string, date1904?: boolean): SheetTable {
  const header = [
    t('sheetLight'),
    t('sheetDepartment'),
    t('sheetOwner'),
    t('sheetId'),
    t('sheetProblem'),
    t('sheetDeadline'),
    t('sheetDays'),
    t('sheetStatus'),
    t('sheetSource'),
  ];
  const formats = ['General', 'General', 'General', 'General', 'General', 'yyyy-mm-dd', '0', 'General', 'General'];
  const rows: (string | number)[][] = [];
  for (let g = 0; g < report.groups.length; g++) {
    const group = report.groups[g];
    for (let o = 0; o < group.owners.length; o++) {
      const entries = group.owners[o].entries;
      for (let i = 0; i < entries.length; i++) {
        const item = entries[i].item;
        const daysLeft = entries[i].cls.daysLeft as number;
        rows.push([
          entries[i].cls.light === 'red' ? t('sheetOverdue') : t('sheetDueSoon'),
          group.department,
          group.owners[o].owner,
          item.text.id || '',
          item.text.problem || '',
          item.deadline.kind === 'date' ? serialFromDay(item.deadline.day, date1904) : item.text.deadline || '',
          -daysLeft,
          item.text.status || '',
          t('sheetSourceRow', { sheet: sheetName, row: item.row }),
        ]);
      }
    }
  }
  return { header: header, rows: rows, formats: formats };
}

