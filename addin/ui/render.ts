// Draws the result lists from their view model. Entries are <button>s, so Enter and Space work as a
// click does; text goes in through textContent only.
import { DepartmentView, FindingGroup, ResultsView } from '../pane/results';
import { clear, el } from './dom';

function listItem(doc: Document, list: HTMLElement, item: HTMLElement): void {
  const li = el(doc, 'li');
  li.appendChild(item);
  list.appendChild(li);
}

function drawFindings(doc: Document, results: HTMLElement, groups: FindingGroup[]): void {
  for (let g = 0; g < groups.length; g++) {
    const group = el(doc, 'div', 'group');
    group.appendChild(el(doc, 'h3', 'group-title', groups[g].title));
    const list = el(doc, 'ul');
    for (let i = 0; i < groups[g].entries.length; i++) {
      const f = groups[g].entries[i];
      // A sheet-level finding (row 0) has no cell to go to: plain text, not a clickable entry.
      const item = f.row > 0 ? el(doc, 'button', 'result-item') : el(doc, 'div', 'result-note');
      if (f.row > 0) {
        item.setAttribute('type', 'button');
        item.setAttribute('data-row', String(f.row));
        if (f.column) item.setAttribute('data-column', f.column);
      }
      item.appendChild(el(doc, 'span', 'badge badge-' + f.severity, f.badge));
      item.appendChild(doc.createTextNode(f.text));
      listItem(doc, list, item);
    }
    group.appendChild(list);
    results.appendChild(group);
  }
}

function drawOverdue(doc: Document, results: HTMLElement, departments: DepartmentView[]): void {
  for (let g = 0; g < departments.length; g++) {
    const dept = departments[g];
    const group = el(doc, 'div', 'group');
    const head = el(doc, 'div', 'group-head');
    head.appendChild(el(doc, 'h3', 'group-title', dept.name));
    head.appendChild(el(doc, 'span', 'group-meta', dept.meta));
    const copy = el(doc, 'button', 'btn btn-small copy-reminder', dept.copyText);
    copy.setAttribute('type', 'button');
    copy.setAttribute('data-department', dept.name);
    copy.setAttribute('aria-label', dept.copyLabel);
    head.appendChild(copy);
    group.appendChild(head);
    for (let o = 0; o < dept.owners.length; o++) {
      const owner = dept.owners[o];
      group.appendChild(el(doc, 'h4', 'owner-title', owner.title));
      const list = el(doc, 'ul');
      for (let i = 0; i < owner.entries.length; i++) {
        const entry = owner.entries[i];
        const item = el(doc, 'button', 'result-item');
        item.setAttribute('type', 'button');
        item.setAttribute('data-row', String(entry.row));
        item.appendChild(el(doc, 'span', 'badge badge-' + entry.light, entry.badge));
        item.appendChild(doc.createTextNode(entry.text));
        item.appendChild(el(doc, 'span', 'item-meta', entry.meta));
        listItem(doc, list, item);
      }
      group.appendChild(list);
    }
    results.appendChild(group);
  }
}

export function renderResults(doc: Document, results: HTMLElement, view: ResultsView): void {
  clear(results);
  if (view.kind === 'empty') results.appendChild(el(doc, 'p', 'empty', view.text));
  else if (view.kind === 'findings') drawFindings(doc, results, view.groups);
  else if (view.kind === 'overdue') drawOverdue(doc, results, view.groups);
}
