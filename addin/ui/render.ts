// Draws the result lists from their view model. Entries are <button>s, so Enter and Space work as a
// click does; text goes in through textContent only.
import { t } from '../i18n';
import { Pending } from '../pane/controller';
import { BlockView, CountsView, DepartmentView, FindingGroup, ResultsView } from '../pane/results';
import { appendText, clear, el, textEl } from './dom';

function listItem(doc: Document, list: HTMLElement, item: HTMLElement): HTMLElement {
  const li = el(doc, 'li');
  li.appendChild(item);
  list.appendChild(li);
  return li;
}

/** A clickable entry: selects its row (or cell) in the sheet. */
function entryButton(doc: Document, className: string, row: number, column: string): HTMLElement {
  const item = el(doc, 'button', className);
  item.setAttribute('type', 'button');
  item.setAttribute('data-row', String(row));
  if (column) item.setAttribute('data-column', column);
  return item;
}

function button(doc: Document, className: string, text: string, label?: string): HTMLElement {
  const b = el(doc, 'button', className, text);
  b.setAttribute('type', 'button');
  if (label) b.setAttribute('aria-label', label);
  return b;
}

function drawFindings(doc: Document, results: HTMLElement, groups: FindingGroup[]): void {
  for (let g = 0; g < groups.length; g++) {
    const group = el(doc, 'div', 'group');
    group.appendChild(el(doc, 'h3', 'group-title', groups[g].title));
    const list = el(doc, 'ul');
    for (let i = 0; i < groups[g].entries.length; i++) {
      const f = groups[g].entries[i];
      // A sheet-level finding (row 0) has no cell to go to: plain text, not a clickable entry.
      const item = f.row > 0 ? entryButton(doc, 'result-item', f.row, f.column) : el(doc, 'div', 'result-note');
      item.appendChild(el(doc, 'span', 'badge badge-' + f.severity, f.badge));
      appendText(doc, item, f.text);
      listItem(doc, list, item);
    }
    group.appendChild(list);
    results.appendChild(group);
  }
}

function drawDepartments(doc: Document, results: HTMLElement, departments: DepartmentView[]): void {
  for (let g = 0; g < departments.length; g++) {
    const dept = departments[g];
    const group = el(doc, 'div', 'group');
    const head = el(doc, 'div', 'group-head');
    head.appendChild(el(doc, 'h3', 'group-title', dept.name));
    head.appendChild(el(doc, 'span', 'group-meta', dept.meta));
    const open = button(doc, 'btn btn-small open-reminder', dept.reminderText, dept.reminderLabel);
    open.setAttribute('data-department', dept.name);
    open.setAttribute('aria-expanded', 'false');
    head.appendChild(open);
    group.appendChild(head);
    for (let o = 0; o < dept.owners.length; o++) {
      const owner = dept.owners[o];
      group.appendChild(el(doc, 'h4', 'owner-title', owner.title));
      const list = el(doc, 'ul');
      for (let i = 0; i < owner.entries.length; i++) {
        const entry = owner.entries[i];
        const item = entryButton(doc, 'result-item', entry.row, '');
        item.appendChild(el(doc, 'span', 'badge badge-' + entry.light, entry.badge));
        appendText(doc, item, entry.text);
        item.appendChild(textEl(doc, 'span', 'item-meta', entry.meta));
        listItem(doc, list, item);
      }
      group.appendChild(list);
    }
    results.appendChild(group);
  }
}

function drawBlock(doc: Document, results: HTMLElement, block: BlockView): void {
  const section = el(doc, 'section', 'block block-' + block.kind);
  section.setAttribute('data-block', block.kind);
  section.appendChild(el(doc, 'h3', 'group-title', block.title));
  section.appendChild(el(doc, 'p', 'block-note', block.note));
  const list = el(doc, 'ul');
  for (let i = 0; i < block.entries.length; i++) {
    const entry = block.entries[i];
    const item = entryButton(doc, 'block-item', entry.row, entry.column);
    item.appendChild(el(doc, 'span', 'badge badge-' + block.kind, entry.badge));
    appendText(doc, item, entry.text);
    if (entry.meta) item.appendChild(textEl(doc, 'span', 'item-meta', entry.meta));
    const li = listItem(doc, list, item);
    li.setAttribute('data-row', String(entry.row));
    if (entry.close) {
      const close = button(doc, 'btn btn-small close-item', entry.close.text, entry.close.label);
      close.setAttribute('data-row', String(entry.row));
      li.appendChild(close);
    }
  }
  section.appendChild(list);
  if (block.action) section.appendChild(button(doc, 'btn block-action', block.action));
  results.appendChild(section);
}

export function renderResults(doc: Document, results: HTMLElement, view: ResultsView): void {
  clear(results);
  if (view.empty) results.appendChild(el(doc, 'p', 'empty', view.empty));
  for (let i = 0; i < view.first.length; i++) drawBlock(doc, results, view.first[i]);
  drawFindings(doc, results, view.findings);
  drawDepartments(doc, results, view.departments);
  for (let i = 0; i < view.last.length; i++) drawBlock(doc, results, view.last[i]);
}

/** The counts line: each light's colour with its word (and count), or plain text. */
export function renderCounts(doc: Document, counts: HTMLElement, view: CountsView): void {
  clear(counts);
  if (view.kind === 'text') {
    counts.appendChild(el(doc, 'span', 'counts-text', view.text));
    return;
  }
  for (let i = 0; i < view.chips.length; i++) {
    const chip = view.chips[i];
    const span = el(doc, 'span', 'chip' + (chip.light ? '' : ' chip-none'));
    const swatch = el(doc, 'span', 'chip-swatch');
    // Set through CSSOM, which the Content-Security-Policy allows (no inline style attribute).
    if (chip.color) swatch.style.backgroundColor = chip.color;
    span.appendChild(swatch);
    span.appendChild(doc.createTextNode(chip.text));
    counts.appendChild(span);
  }
}

/** The confirmation of a change to the user's cells, beside what it changes; '' removes it. */
export function renderPending(doc: Document, results: HTMLElement, pending: Pending | null): HTMLElement | null {
  const old = results.querySelector('.pending');
  if (old && old.parentNode) old.parentNode.removeChild(old);
  if (!pending) return null;
  const place =
    pending.kind === 'convert'
      ? results.querySelector('[data-block="text-deadlines"]')
      : results.querySelector('[data-block="sign-off"] li[data-row="' + pending.row + '"]');
  if (!place) return null;
  const box = el(doc, 'div', 'confirm pending');
  box.setAttribute('role', 'alertdialog');
  const text = el(doc, 'p', '', pending.text);
  text.id = 'pending-text';
  box.setAttribute('aria-labelledby', 'pending-text');
  box.appendChild(text);
  const actions = el(doc, 'div', 'actions');
  const okButton = button(doc, 'btn btn-primary', t(pending.kind === 'convert' ? 'btnConfirmConvert' : 'btnConfirmClose'));
  okButton.id = 'btn-pending-ok';
  const cancel = button(doc, 'btn', t('btnCancel'));
  cancel.id = 'btn-pending-cancel';
  actions.appendChild(okButton);
  actions.appendChild(cancel);
  box.appendChild(actions);
  place.appendChild(box);
  return okButton;
}

let editors = 0;

/** Opens the department's 督办提醒 below its heading, to read, edit and copy; returns its text area. */
export function openReminder(doc: Document, opener: HTMLElement, department: string, text: string): HTMLTextAreaElement {
  const group = opener.parentNode ? (opener.parentNode.parentNode as HTMLElement) : null;
  const editor = el(doc, 'div', 'reminder');
  const id = 'reminder-' + ++editors;
  const label = el(doc, 'label', 'reminder-label', t('reminderEditorLabel', { department: department }));
  label.setAttribute('for', id);
  const area = el(doc, 'textarea', 'input textarea reminder-text') as HTMLTextAreaElement;
  area.id = id;
  area.rows = 10;
  area.value = text;
  const actions = el(doc, 'div', 'actions');
  const copy = button(doc, 'btn btn-primary copy-reminder', t('btnCopy'), t('btnCopyLabel', { department: department }));
  copy.setAttribute('data-department', department);
  actions.appendChild(copy);
  actions.appendChild(button(doc, 'btn close-reminder', t('btnReminderClose')));
  editor.appendChild(label);
  editor.appendChild(area);
  editor.appendChild(actions);
  if (group) group.insertBefore(editor, (opener.parentNode as HTMLElement).nextSibling);
  opener.setAttribute('aria-expanded', 'true');
  return area;
}
