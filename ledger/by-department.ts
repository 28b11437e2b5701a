// Entries grouped by 责任部门, under the names the statistics use, so a document can list
// them in the statistics' order (departmentStats) and the two never disagree.
import { Dict, emptyDict } from './dict';
import { NO_DEPARTMENT } from './stats';

/** The name an item's department is counted under: （未填部门） when the item has none. */
export function departmentLabel(department: string): string {
  return department === '' ? NO_DEPARTMENT : department;
}

/**
 * Entries by department label, each list in the entries' order.
 * @example entriesByDepartment(items, (e) => e.department)['办公室'] // 办公室's items
 */
export function entriesByDepartment<T>(entries: T[], departmentOf: (entry: T) => string): Dict<T[]> {
  const out = emptyDict<T[]>();
  for (let i = 0; i < entries.length; i++) {
    const name = departmentLabel(departmentOf(entries[i]));
    const list = out[name];
    if (list) list.push(entries[i]);
    else out[name] = [entries[i]];
  }
  return out;
}
