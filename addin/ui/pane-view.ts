// The task pane's DOM: passes each click and the fields' text to the pane controller, and draws the
// view models it yields, changing only what changed (so a redraw never takes the keyboard focus away).
import { Day } from '../../ledger/types';
import { LedgerHost } from '../host';
import { t } from '../i18n';
import { PaneController, PaneFields, PaneView } from '../pane/controller';
import { SettingsController } from '../pane/settings-form';
import { copyText } from './clipboard';
import { appendText, byId, clear, translate } from './dom';
import { openReminder, renderCounts, renderPending, renderResults } from './render';
import { startSettingsView } from './settings-view';

const ACTION_IDS = ['btn-setup', 'btn-validate', 'btn-check', 'btn-write-sheet', 'btn-confirm-create', 'btn-confirm-cancel'];
/** Remembered on this computer, so the first-run card shows once. */
const INTRO_SEEN_KEY = 'zgtz.introSeen';

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

function setClass(node: HTMLElement, className: string, on: boolean): void {
  const names = node.className.split(/\s+/).filter((n) => n !== '' && n !== className);
  if (on) names.push(className);
  node.className = names.join(' ');
}

/** localStorage, where the webview allows it (some refuse it, and IE11 throws on file: pages). */
function storage(doc: Document): Storage | null {
  try {
    return doc.defaultView ? doc.defaultView.localStorage : null;
  } catch {
    return null;
  }
}

function introSeen(doc: Document): boolean {
  const store = storage(doc);
  try {
    return !!store && store.getItem(INTRO_SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberIntroSeen(doc: Document): void {
  const store = storage(doc);
  try {
    if (store) store.setItem(INTRO_SEEN_KEY, '1');
  } catch {
    // Not remembered: the card shows again next time, nothing worse.
  }
}

/** Starts the pane on a spreadsheet host; `today` is the as-of date it proposes. */
export function startPane(doc: Document, host: LedgerHost, today: Day): void {
  translate(doc);
  const pane = new PaneController(host, today, { introSeen: introSeen(doc) });
  const settings = new SettingsController(host.settings);
  const main = doc.querySelector('main') as HTMLElement;
  const status = byId<HTMLElement>(doc, 'status');
  const toast = byId<HTMLElement>(doc, 'toast');
  const statusClose = byId<HTMLButtonElement>(doc, 'btn-status-close');
  const counts = byId<HTMLElement>(doc, 'counts');
  const results = byId<HTMLElement>(doc, 'results');
  const asOfInput = byId<HTMLInputElement>(doc, 'as-of');
  const warnInput = byId<HTMLInputElement>(doc, 'warn-days');
  const confirm = byId<HTMLElement>(doc, 'confirm');
  const capabilities = byId<HTMLElement>(doc, 'capabilities');
  const intro = byId<HTMLElement>(doc, 'intro');
  const createButton = byId<HTMLButtonElement>(doc, 'btn-confirm-create');
  const setupButton = byId<HTMLButtonElement>(doc, 'btn-setup');
  const checkButton = byId<HTMLButtonElement>(doc, 'btn-check');
  statusClose.setAttribute('aria-label', t('statusClose'));

  let drawn: PaneView | null = null;
  let pendingButton: HTMLElement | null = null;

  function drawBusy(view: PaneView): void {
    for (let i = 0; i < ACTION_IDS.length; i++) byId<HTMLButtonElement>(doc, ACTION_IDS[i]).disabled = view.busy;
    setupButton.disabled = view.busy || !view.setupAvailable;
    results.setAttribute('aria-busy', view.busy ? 'true' : 'false');
  }

  function drawInvalid(input: HTMLInputElement, invalid: boolean | null): void {
    if (invalid !== null) input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }

  function drawFocus(view: PaneView): void {
    if (view.focus === 'as-of') asOfInput.focus();
    else if (view.focus === 'warn-days') warnInput.focus();
    else if (view.focus === 'confirm-create') createButton.focus();
    else if (view.focus === 'confirm-pending' && pendingButton) pendingButton.focus();
  }

  function drawStatus(view: PaneView): void {
    status.className = 'status' + (view.status.kind ? ' is-' + view.status.kind : '');
    clear(status);
    appendText(doc, status, view.status.text);
    setClass(toast, 'is-shown', view.status.text !== '');
    show(statusClose, view.status.text !== '' && !view.busy);
  }

  function draw(view: PaneView): void {
    const was = drawn;
    drawn = view;
    if (!was || view.busy !== was.busy || view.setupAvailable !== was.setupAvailable) drawBusy(view);
    if (view.fill && view.fill.asOf !== undefined) asOfInput.value = view.fill.asOf;
    if (view.fill && view.fill.warnDays !== undefined) warnInput.value = view.fill.warnDays;
    if (!was || view.invalid !== was.invalid) {
      drawInvalid(asOfInput, view.invalid.asOf);
      drawInvalid(warnInput, view.invalid.warnDays);
    }
    if (was ? view.status !== was.status || view.busy !== was.busy : view.status.text !== '') drawStatus(view);
    if (!was || view.capabilities !== was.capabilities) {
      capabilities.textContent = view.capabilities;
      show(capabilities, view.capabilities !== '');
    }
    if (!was || view.primary !== was.primary) {
      setClass(setupButton, 'btn-primary', view.primary === 'setup');
      setClass(checkButton, 'btn-primary', view.primary === 'check');
    }
    if (!was || view.intro !== was.intro) {
      show(intro, view.intro);
      if (was && !view.intro) rememberIntroSeen(doc);
    }
    if (!was || view.compact !== was.compact) setClass(main, 'is-compact', view.compact);
    if (!was || view.counts !== was.counts) renderCounts(doc, counts, view.counts);
    if (was && view.results !== was.results) renderResults(doc, results, view.results);
    if (!was || view.results !== was.results || view.pending !== was.pending) pendingButton = renderPending(doc, results, view.pending);
    if (!was || view.offer !== was.offer) {
      if (view.offer !== null) byId<HTMLElement>(doc, 'confirm-text').textContent = view.offer;
      show(confirm, view.offer !== null);
    }
    drawFocus(view);
  }

  function fields(): PaneFields {
    return { asOf: asOfInput.value, warnDays: warnInput.value };
  }

  /** The reminder editor's text is copied as the user left it; on refusal it is selected for Ctrl+C. */
  function copyReminder(copy: HTMLElement): void {
    const department = copy.getAttribute('data-department') || '';
    const editor = copy.parentNode ? (copy.parentNode.parentNode as HTMLElement) : null;
    const area = editor ? (editor.querySelector('textarea') as HTMLTextAreaElement | null) : null;
    if (!area) return;
    const text = area.value;
    copyText(doc, text).then((copied) => {
      if (copied) {
        pane.copied(department);
        return;
      }
      area.focus();
      area.select();
      pane.copyFailed();
    });
  }

  function toggleReminder(opener: HTMLElement): void {
    const head = opener.parentNode as HTMLElement;
    const next = head.nextSibling as HTMLElement | null;
    if (next && next.className === 'reminder' && next.parentNode) {
      next.parentNode.removeChild(next);
      opener.setAttribute('aria-expanded', 'false');
      return;
    }
    const department = opener.getAttribute('data-department') || '';
    const text = pane.reminderFor(department);
    if (text === null) return;
    openReminder(doc, opener, department, text).focus();
  }

  function closeReminder(closer: HTMLElement): void {
    const editor = closer.parentNode ? (closer.parentNode.parentNode as HTMLElement) : null;
    if (!editor || !editor.parentNode) return;
    const opener = (editor.previousSibling as HTMLElement).querySelector('.open-reminder') as HTMLElement | null;
    editor.parentNode.removeChild(editor);
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
    }
  }

  function onResultsClick(event: Event): void {
    const target = event.target as Node;
    const actions: [string, (node: HTMLElement) => void][] = [
      ['open-reminder', toggleReminder],
      ['copy-reminder', copyReminder],
      ['close-reminder', closeReminder],
      ['close-item', (node) => pane.askClose(parseInt(node.getAttribute('data-row') || '0', 10))],
      ['block-action', () => pane.askConvert()],
    ];
    for (let i = 0; i < actions.length; i++) {
      const node = closestWithClass(target, actions[i][0], results);
      if (node) {
        actions[i][1](node);
        return;
      }
    }
    const id = (target as HTMLElement).id;
    if (id === 'btn-pending-ok') {
      pane.confirmPending();
      return;
    }
    if (id === 'btn-pending-cancel') {
      pane.cancelPending();
      return;
    }
    const item = closestWithClass(target, 'result-item', results) || closestWithClass(target, 'block-item', results);
    if (item) pane.select(parseInt(item.getAttribute('data-row') || '0', 10), item.getAttribute('data-column') || '');
  }

  pane.onChange = draw;
  draw(pane.view);
  startSettingsView(doc, settings, settings.initialForm(pane.currentSchema()), {
    saved: (outcome) => pane.settingsSaved(outcome),
    reset: () => pane.settingsReset(),
  });

  setupButton.addEventListener('click', () => pane.setup());
  createButton.addEventListener('click', () => pane.confirmCreate());
  byId<HTMLButtonElement>(doc, 'btn-confirm-cancel').addEventListener('click', () => pane.cancelCreate());
  byId<HTMLButtonElement>(doc, 'btn-validate').addEventListener('click', () => pane.validate(fields()));
  checkButton.addEventListener('click', () => pane.check(fields()));
  byId<HTMLButtonElement>(doc, 'btn-write-sheet').addEventListener('click', () => pane.writeList(fields()));
  byId<HTMLButtonElement>(doc, 'btn-intro-done').addEventListener('click', () => {
    pane.dismissIntro();
    setupButton.focus();
  });
  statusClose.addEventListener('click', () => pane.dismissStatus());
  asOfInput.addEventListener('input', () => pane.fieldsEdited(fields()));
  warnInput.addEventListener('input', () => pane.fieldsEdited(fields()));
  results.addEventListener('click', onResultsClick);
}
