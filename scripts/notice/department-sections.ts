// Entries of a 通报 list under their departments: one level of sections per department, in the
// statistics' order, each entry a section of its own below.
import { departmentLabel, entriesByDepartment } from '../../ledger/by-department';
import { ReportModel } from '../report-model';
import { Section } from './outline';
import { BULLETIN, ledgerLine } from './wording';

/**
 * A section per department that has entries, titled 办公室（2项）: the statistics' departments first,
 * in their order, then any department this merge no longer counts (an item that left the ledgers).
 */
export function departmentSections<T>(
  model: ReportModel,
  entries: T[],
  departmentOf: (entry: T) => string,
  entryTitle: (entry: T) => string,
): Section[] {
  const byDepartment = entriesByDepartment(entries, departmentOf);
  const names = model.departments.map((d) => d.name);
  for (const e of entries) {
    const name = departmentLabel(departmentOf(e));
    if (names.indexOf(name) < 0) names.push(name);
  }
  const out: Section[] = [];
  for (const name of names) {
    const list = byDepartment[name];
    if (!list) continue;
    out.push({
      title: BULLETIN.departmentItems(ledgerLine(name), list.length),
      blocks: [],
      sections: list.map((e) => ({ title: entryTitle(e), blocks: [] })),
    });
  }
  return out;
}
