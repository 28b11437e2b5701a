// Draws the result lists. Entries are <button>s, so Enter and Space work as a click does.
import { formatDay } from '../../ledger/days';
import { OverdueReport } from '../../ledger/overdue';
import { Finding } from '../../ledger/types';
import { t } from '../i18n';
import { daysLabel } from '../overdue';
import { clear, el } from './dom';

export interface FindingGroup {
  row: number;
  findings: Finding[];
}

/** Findings grouped by row, sheet-level ones (row 0) first, rows in sheet order. */
function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const at: { [row: string]: FindingGroup } = {};
  for (let i = 0; i < findings.length; i++) {
    const key = 'r' + findings[i].row;
    if (!at[key]) {
      at[key] = { row: findings[i].row, findings: [] };
      groups.push(at[key]);
    }
    at[key].findings.push(findings[i]);
  }
  groups.sort((a, b) => a.row - b.row);
  return groups;
}

export function renderFindings(doc: Document, results: HTMLElement, findings: Finding[], headers: { [key: string]: string | undefined }): void {
  clear(results);
  if (findings.length === 0) {
    results.appendChild(el(doc, 'p', 'empty', t('noFindings')));
    return;
  }
  const groups = groupFindings(findings);
  for (let g = 0; g < groups.length; g++) {
    const group = el(doc, 'div', 'group');
    group.appendChild(el(doc, 'h3', 'group-title', groups[g].row > 0 ? t('rowGroup', { row: groups[g].row }) : t('sheetGroup')));
    const list = el(doc, 'ul');
    for (let i = 0; i < groups[g].findings.length; i++) {
      const f = groups[g].findings[i];
      // A sheet-level finding (row 0) has no cell to go to: plain text, not a clickable entry.
      const item = f.row > 0 ? el(doc, 'button', 'result-item') : el(doc, 'div', 'result-note');
      if (f.row > 0) {
        item.setAttribute('type', 'button');
        item.setAttribute('data-row', String(f.row));
        if (f.column) item.setAttribute('data-column', f.column);
      }
      item.appendChild(el(doc, 'span', 'badge badge-' + f.severity, f.column || '—'));
      const header = f.key ? headers[f.key] : undefined;
      item.appendChild(doc.createTextNode((header ? header + '：' : '') + f.message));
      const li = el(doc, 'li');
      li.appendChild(item);
      list.appendChild(li);
    }
    group.appendChild(list);
    results.appendChild(group);
  }
}

export function renderOverdue(doc: Document, results: HTMLElement, report: OverdueReport): void {
  clear(results);
  if (report.groups.length === 0) {
    results.appendChild(el(doc, 'p', 'empty', t('noOverdue')));
    return;
  }
  for (let g = 0; g < report.groups.length; g++) {
    const dept = report.groups[g];
    const name = dept.department || t('departmentNone');
    const group = el(doc, 'div', 'group');
    const head = el(doc, 'div', 'group-head');
    head.appendChild(el(doc, 'h3', 'group-title', name));
    head.appendChild(el(doc, 'span', 'group-meta', t('groupCounts', { red: dept.overdue, amber: dept.dueSoon })));
    const copy = el(doc, 'button', 'btn btn-small copy-reminder', t('copyReminder'));
    copy.setAttribute('type', 'button');
    copy.setAttribute('data-department', name);
    copy.setAttribute('aria-label', t('copyReminderLabel', { department: name }));
    head.appendChild(copy);
    group.appendChild(head);
    for (let o = 0; o < dept.owners.length; o++) {
      const owner = dept.owners[o];
      group.appendChild(el(doc, 'h4', 'owner-title', owner.owner || t('ownerNone')));
      const list = el(doc, 'ul');
      for (let i = 0; i < owner.entries.length; i++) {
        const entry = owner.entries[i];
        const daysLeft = entry.cls.daysLeft as number;
        const item = el(doc, 'button', 'result-item');
        item.setAttribute('type', 'button');
        item.setAttribute('data-row', String(entry.item.row));
        item.appendChild(el(doc, 'span', 'badge badge-' + (entry.cls.light === 'red' ? 'red' : 'amber'), daysLabel(daysLeft)));
        item.appendChild(doc.createTextNode(entry.item.text.problem || t('problemNone')));
        const deadline = entry.item.deadline.kind === 'date' ? formatDay(entry.item.deadline.day) : entry.item.text.deadline || '';
        item.appendChild(el(doc, 'span', 'item-meta', t('entryDeadline', { date: deadline })));
        const li = el(doc, 'li');
        li.appendChild(item);
        list.appendChild(li);
      }
      group.appendChild(list);
    }
    results.appendChild(group);
  }
}
