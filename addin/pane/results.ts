// What the result lists show, as plain data: the words and the rows to jump to. The view draws
// these with DOM calls only; the tests read them in Node.
import { formatDay } from '../../ledger/days';
import { Finding, Severity } from '../../ledger/types';
import { t } from '../i18n';
import { OverdueReport } from '../../ledger/overdue';
import { daysLabel } from '../overdue';

export interface FindingEntry {
  /** 1-based sheet row to select; 0 for a finding about the whole sheet (not clickable). */
  row: number;
  /** Column letter of the cell, '' when the finding is about the row. */
  column: string;
  severity: Severity;
  badge: string;
  text: string;
}

export interface FindingGroup {
  title: string;
  entries: FindingEntry[];
}

export interface OverdueEntry {
  row: number;
  light: 'red' | 'amber';
  badge: string;
  text: string;
  meta: string;
}

export interface DepartmentView {
  /** The department as shown, which is also how its reminder is asked for. */
  name: string;
  meta: string;
  /** The copy button's text, and its accessible name (which names the department). */
  copyText: string;
  copyLabel: string;
  owners: { title: string; entries: OverdueEntry[] }[];
}

export type ResultsView =
  | { kind: 'none' }
  /** Nothing to list, said in words. */
  | { kind: 'empty'; text: string }
  | { kind: 'findings'; groups: FindingGroup[] }
  | { kind: 'overdue'; groups: DepartmentView[] };

export const NO_RESULTS: ResultsView = { kind: 'none' };

/** Findings grouped by row, sheet-level ones (row 0) first, rows in sheet order. */
export function findingsView(findings: Finding[], headers: { [key: string]: string | undefined }): ResultsView {
  if (findings.length === 0) return { kind: 'empty', text: t('noFindings') };
  const groups: { row: number; entries: FindingEntry[] }[] = [];
  const at: { [row: string]: { row: number; entries: FindingEntry[] } } = {};
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const key = 'r' + f.row;
    if (!at[key]) {
      at[key] = { row: f.row, entries: [] };
      groups.push(at[key]);
    }
    const header = f.key ? headers[f.key] : undefined;
    at[key].entries.push({
      row: f.row,
      column: f.column || '',
      severity: f.severity,
      badge: f.column || '—',
      text: (header ? header + '：' : '') + f.message,
    });
  }
  groups.sort((a, b) => a.row - b.row);
  return {
    kind: 'findings',
    groups: groups.map((g) => ({ title: g.row > 0 ? t('rowGroup', { row: g.row }) : t('sheetGroup'), entries: g.entries })),
  };
}

/** The overdue and due-soon items by department, then person. */
export function overdueView(report: OverdueReport): ResultsView {
  if (report.groups.length === 0) return { kind: 'empty', text: t('noOverdue') };
  return {
    kind: 'overdue',
    groups: report.groups.map((dept) => {
      const name = dept.department || t('departmentNone');
      return {
        name: name,
        meta: t('groupCounts', { red: dept.overdue, amber: dept.dueSoon }),
        copyText: t('copyReminder'),
        copyLabel: t('copyReminderLabel', { department: name }),
        owners: dept.owners.map((owner) => ({
          title: owner.owner || t('ownerNone'),
          entries: owner.entries.map((entry) => {
            const deadline = entry.item.deadline.kind === 'date' ? formatDay(entry.item.deadline.day) : entry.item.text.deadline || '';
            return {
              row: entry.item.row,
              light: entry.cls.light === 'red' ? ('red' as const) : ('amber' as const),
              badge: daysLabel(entry.cls.daysLeft as number),
              text: entry.item.text.problem || t('problemNone'),
              meta: t('entryDeadline', { date: deadline }),
            };
          }),
        })),
      };
    }),
  };
}
