// The task pane's DOM: passes each click and the fields' text to the pane controller, and draws the
// view models it yields, changing only what changed (so a redraw never takes the keyboard focus away).
import { Day } from '../../ledger/types';
import { LedgerHost } from '../host';
import { t } from '../i18n';
import { PaneController, PaneFields, PaneView } from '../pane/controller';
import { SettingsController } from '../pane/settings-form';
import { copyText } from './clipboard';
import { byId, translate } from './dom';
import { renderResults } from './render';
import { startSettingsView } from './settings-view';

const ACTION_IDS = ['btn-setup', 'btn-validate', 'btn-check', 'btn-write-sheet', 'btn-confirm-create', 'btn-confirm-cancel'];

/** The element itself or its nearest ancestor with the class (IE11 has no Element.closest). */
function closestWithClass(node: Node | null, className: string, stop: HTMLElement): HTMLElement | null {
  let at: Node | null = node;
  while (at && at !== stop) {
    if (at.nodeType === 1 && (' ' + (at as HTMLElement).className + ' ').indexOf(' ' + className + ' ') >= 0) return at as HTMLElement;
    at = at.parentNode;
  }
  return null;
}

function show(node: HTMLElement, on: boolean): void {
  if (on) node.removeAttribute('hidden');
  else node.setAttribute('hidden', '');
}

/** Starts the pane on a spreadsheet host; `today` is the as-of date it proposes. */
export function startPane(doc: Document, host: LedgerHost, today: Day): void {
  translate(doc);
  const pane = new PaneController(host, today);
  const settings = new SettingsController(host.settings);
  const status = byId<HTMLElement>(doc, 'status');
  const counts = byId<HTMLElement>(doc, 'counts');
  const results = byId<HTMLElement>(doc, 'results');
  const asOfInput = byId<HTMLInputElement>(doc, 'as-of');
  const warnInput = byId<HTMLInputElement>(doc, 'warn-days');
  const confirm = byId<HTMLElement>(doc, 'confirm');
  const capabilities = byId<HTMLElement>(doc, 'capabilities');
  const fallback = byId<HTMLTextAreaElement>(doc, 'copy-fallback');
  const createButton = byId<HTMLButtonElement>(doc, 'btn-confirm-create');
  fallback.setAttribute('aria-label', t('copyFallbackLabel'));

  let drawn: PaneView | null = null;

  function drawBusy(on: boolean): void {
    for (let i = 0; i < ACTION_IDS.length; i++) byId<HTMLButtonElement>(doc, ACTION_IDS[i]).disabled = on;
    results.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function drawInvalid(input: HTMLInputElement, invalid: boolean | null): void {
    if (invalid !== null) input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }

  function drawFocus(view: PaneView): void {
    if (view.focus === 'as-of') asOfInput.focus();
    else if (view.focus === 'warn-days') warnInput.focus();
    else if (view.focus === 'confirm-create') createButton.focus();
    else if (view.focus === 'copy-fallback') {
      fallback.focus();
      fallback.select();
    }
  }

  function draw(view: PaneView): void {
    const was = drawn;
    drawn = view;
    if (was && view.busy !== was.busy) drawBusy(view.busy);
    if (view.fill && view.fill.asOf !== undefined) asOfInput.value = view.fill.asOf;
    if (view.fill && view.fill.warnDays !== undefined) warnInput.value = view.fill.warnDays;
    if (!was || view.invalid !== was.invalid) {
      drawInvalid(asOfInput, view.invalid.asOf);
      drawInvalid(warnInput, view.invalid.warnDays);
    }
    if (was ? view.status !== was.status : view.status.text !== '') {
      status.className = 'status' + (view.status.kind ? ' is-' + view.status.kind : '');
      status.textContent = view.status.text;
    }
    if (!was || view.capabilities !== was.capabilities) {
      capabilities.textContent = view.capabilities;
      show(capabilities, view.capabilities !== '');
    }
    if (was && view.counts !== was.counts) counts.textContent = view.counts;
    if (was && view.results !== was.results) renderResults(doc, results, view.results);
    if (!was || view.offer !== was.offer) {
      if (view.offer !== null) byId<HTMLElement>(doc, 'confirm-text').textContent = view.offer;
      show(confirm, view.offer !== null);
    }
    if (!was || view.copyFallback !== was.copyFallback) {
      if (view.copyFallback !== null) fallback.value = view.copyFallback;
      show(fallback, view.copyFallback !== null);
    }
    drawFocus(view);
  }

  function fields(): PaneFields {
    return { asOf: asOfInput.value, warnDays: warnInput.value };
  }

  function copyReminder(department: string): void {
    const text = pane.reminderFor(department);
    if (text === null) return;
    copyText(doc, text).then((copied) => (copied ? pane.copied(department) : pane.copyFailed(text)));
  }

  pane.onChange = draw;
  draw(pane.view);
  startSettingsView(doc, settings, settings.initialForm(pane.currentSchema()), (outcome) => pane.settingsSaved(outcome));

  byId<HTMLButtonElement>(doc, 'btn-setup').addEventListener('click', () => pane.setup());
  createButton.addEventListener('click', () => pane.confirmCreate());
  byId<HTMLButtonElement>(doc, 'btn-confirm-cancel').addEventListener('click', () => pane.cancelCreate());
  byId<HTMLButtonElement>(doc, 'btn-validate').addEventListener('click', () => pane.validate(fields()));
  byId<HTMLButtonElement>(doc, 'btn-check').addEventListener('click', () => pane.check(fields()));
  byId<HTMLButtonElement>(doc, 'btn-write-sheet').addEventListener('click', () => pane.writeList(fields()));
  results.addEventListener('click', (event) => {
    const target = event.target as Node;
    const copy = closestWithClass(target, 'copy-reminder', results);
    if (copy) {
      copyReminder(copy.getAttribute('data-department') || '');
      return;
    }
    const item = closestWithClass(target, 'result-item', results);
    if (item) pane.select(parseInt(item.getAttribute('data-row') || '0', 10), item.getAttribute('data-column') || '');
  });
}
