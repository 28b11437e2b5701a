// The task pane's behaviour: each button calls the Excel adapter (addin/excel/*) and the core,
// then draws the outcome. Only validation, formats, view settings and the add-in's own sheet are
// ever written; the user's values never are.
import { parseWarnDays } from '../../ledger/config';
import { formatDay, parseISODay, todayDay } from '../../ledger/days';
import { DepartmentGroup, overdueReport, OverdueReport } from '../../ledger/overdue';
import { reminderText } from '../../ledger/reminder';
import { Schema } from '../../ledger/schema';
import { Day, Finding } from '../../ledger/types';
import { Capabilities, missingSetupFeatures, SETUP_FEATURES, SetupFeature } from '../capabilities';
import { setupLedger, SetupResult, tableLayout } from '../excel/apply-rules';
import { createLedgerSheet, LEDGER_SHEET_NAME, ledgerSheetOffer } from '../excel/create-ledger-sheet';
import { LedgerRead, readActiveLedger } from '../excel/read-ledger';
import { selectCell } from '../excel/select-cell';
import { queueSheetList, writeOverdueSheet } from '../excel/write-overdue-sheet';
import { MessageKey, t } from '../i18n';
import { overdueTable } from '../overdue';
import { documentSchema, isOverdueSheet, SettingsStore } from '../settings';
import { copyText } from './clipboard';
import { byId, translate } from './dom';
import { renderFindings, renderOverdue } from './render';
import { startSettingsPanel } from './settings-panel';

/** Runs a batch against the workbook (Excel.run in Office). */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface PaneOptions {
  doc: Document;
  run: Runner;
  caps: Capabilities;
  store: SettingsStore;
}

const FEATURE_KEYS: { [F in SetupFeature]: MessageKey } = {
  dataValidation: 'featureDataValidation',
  conditionalFormats: 'featureConditionalFormats',
  freezePanes: 'featureFreezePanes',
  autoFilter: 'featureAutoFilter',
};

const ACTION_IDS = ['btn-setup', 'btn-validate', 'btn-check', 'btn-write-sheet', 'btn-confirm-create', 'btn-confirm-cancel'];

/** Where the listed rows live, so a click can select them. */
interface Shown {
  sheet: string;
  table: { firstCol: number; lastCol: number } | undefined;
}

interface Checked {
  report: OverdueReport;
  sheet: string;
  asOf: Day;
}

/** Excel's error codes a clerk can act on, by what to do about them. */
const ERROR_KEYS: { [code: string]: MessageKey } = {
  AccessDenied: 'errorAccessDenied',
  InvalidOperationInCellEditMode: 'errorCellEditMode',
  ItemNotFound: 'errorItemNotFound',
  ApiNotFound: 'errorUnsupported',
  NotImplemented: 'errorUnsupported',
  UnsupportedFeature: 'errorUnsupported',
  UnsupportedOperation: 'errorUnsupported',
  RequestPayloadSizeLimitExceeded: 'errorTooLarge',
  ResponsePayloadSizeLimitExceeded: 'errorTooLarge',
};

/**
 * The status line for a failed action. Office's own messages are not meant for end users (and its
 * debug messages are English), so known codes get a message of ours; others keep the code for support.
 */
function errorText(e: unknown): string {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_KEYS, code)) return t('errorGeneric', { message: t(ERROR_KEYS[code]) });
  const message = e && typeof e === 'object' && (e as { message?: unknown }).message ? String((e as { message?: unknown }).message) : String(e);
  return t('errorGeneric', { message: message }) + (typeof code === 'string' && message.indexOf(code) < 0 ? t('errorCode', { code: code }) : '');
}

function featureList(features: SetupFeature[]): string {
  const names: string[] = [];
  for (let i = 0; i < features.length; i++) names.push(t(FEATURE_KEYS[features[i]]));
  return names.join(t('listSeparator'));
}

/** The element itself or its nearest ancestor with the class (IE11 has no Element.closest). */
function closestWithClass(node: Node | null, className: string, stop: HTMLElement): HTMLElement | null {
  let at: Node | null = node;
  while (at && at !== stop) {
    if (at.nodeType === 1 && (' ' + (at as HTMLElement).className + ' ').indexOf(' ' + className + ' ') >= 0) return at as HTMLElement;
    at = at.parentNode;
  }
  return null;
}

export function startPane(opts: PaneOptions): void {
  const doc = opts.doc;
  translate(doc);
  const status = byId<HTMLElement>(doc, 'status');
  const counts = byId<HTMLElement>(doc, 'counts');
  const results = byId<HTMLElement>(doc, 'results');
  const asOfInput = byId<HTMLInputElement>(doc, 'as-of');
  const warnInput = byId<HTMLInputElement>(doc, 'warn-days');
  const confirm = byId<HTMLElement>(doc, 'confirm');
  const fallback = byId<HTMLTextAreaElement>(doc, 'copy-fallback');
  fallback.setAttribute('aria-label', t('copyFallbackLabel'));

  function say(message: string, kind?: 'ok' | 'error'): void {
    status.className = 'status' + (kind ? ' is-' + kind : '');
    status.textContent = message;
  }

  const loaded = documentSchema(opts.store);
  let schema: Schema = loaded.schema;
  let shown: Shown | null = null;
  let checked: Checked | null = null;
  let busy = false;
  asOfInput.value = formatDay(todayDay());
  warnInput.value = String(schema.warnDays);
  if (loaded.errors.length > 0) say(t('settingsLoadInvalid') + ' ' + loaded.errors.join(' '), 'error');

  const missing = missingSetupFeatures(opts.caps);
  const capabilities = byId<HTMLElement>(doc, 'capabilities');
  if (missing.length > 0) {
    capabilities.textContent = t('capabilitiesMissing', { features: featureList(missing) });
    capabilities.removeAttribute('hidden');
  }

  startSettingsPanel(doc, opts.store, schema, say, (saved) => {
    schema = saved;
    warnInput.value = String(saved.warnDays);
  });

  function setBusy(on: boolean): void {
    busy = on;
    for (let i = 0; i < ACTION_IDS.length; i++) (byId<HTMLButtonElement>(doc, ACTION_IDS[i])).disabled = on;
    results.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  /** Runs one user action: one at a time, errors shown in the status line. */
  function act(action: () => Promise<void>): void {
    if (busy) return;
    setBusy(true);
    // A reminder left for copying by hand belongs to the previous result.
    fallback.setAttribute('hidden', '');
    say(t('working'));
    action().then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        say(errorText(e), 'error');
      },
    );
  }

  /** The as-of date, or null (said in the status line) when it is not a real YYYY-MM-DD date. */
  function readAsOf(): Day | null {
    const asOf = parseISODay(asOfInput.value.replace(/^\s+|\s+$/g, ''));
    asOfInput.setAttribute('aria-invalid', asOf === null ? 'true' : 'false');
    if (asOf === null) {
      say(t('asOfInvalid'), 'error');
      asOfInput.focus();
    }
    return asOf;
  }

  function readInputs(): { asOf: Day; warnDays: number } | null {
    const warnDays = parseWarnDays(warnInput.value);
    warnInput.setAttribute('aria-invalid', warnDays === null ? 'true' : 'false');
    const asOf = readAsOf();
    if (asOf === null) return null;
    if (warnDays === null) {
      say(t('warnDaysInvalid'), 'error');
      warnInput.focus();
      return null;
    }
    return { asOf: asOf, warnDays: warnDays };
  }

  function showRead(read: LedgerRead): boolean {
    const own = isOverdueSheet(opts.store, read.snapshot.sheetId);
    const header = own ? null : read.ledger.header;
    shown = { sheet: read.snapshot.grid.name, table: header ? tableLayout(read.snapshot.grid, header, 0) : undefined };
    if (!header) {
      counts.textContent = '';
      results.textContent = '';
      checked = null;
      say(t(own ? 'ownSheet' : 'noHeader', { sheet: read.snapshot.grid.name }), 'error');
      return false;
    }
    return true;
  }

  function setupMessage(r: SetupResult): string {
    const parts: string[] = [];
    if (r.missing.length === SETUP_FEATURES.length) parts.push(t('setupNothing'));
    else parts.push(t('setupDone', { sheet: r.sheet, validations: r.validations, formats: r.formats }));
    const replaced = r.replacedFormats + r.replacedValidations;
    if (replaced > 0) parts.push(t('setupReplaced', { count: replaced }));
    if (r.frozen) parts.push(t('setupFrozen'));
    if (r.autoFilter) parts.push(t('setupFilter'));
    else if (opts.caps.autoFilter) parts.push(t('setupFilterKept'));
    return parts.join(' ');
  }

  async function setup(prefix: string): Promise<void> {
    const result = await opts.run((ctx) => setupLedger(ctx, { caps: opts.caps, schema: schema, warnDays: schema.warnDays, store: opts.store }));
    if (result.overdueSheet) {
      say(t('ownSheet', { sheet: result.sheet }), 'error');
      return;
    }
    if (!result.header) {
      const offer = await opts.run((ctx) => ledgerSheetOffer(ctx));
      byId<HTMLElement>(doc, 'confirm-text').textContent =
        t('confirmCreate', { sheet: result.sheet, name: offer.name }) + (offer.exists ? ' ' + t('confirmCreateExists', { name: LEDGER_SHEET_NAME }) : '');
      confirm.removeAttribute('hidden');
      say(t('noHeader', { sheet: result.sheet }), 'error');
      byId<HTMLButtonElement>(doc, 'btn-confirm-create').focus();
      return;
    }
    say(prefix + setupMessage(result), 'ok');
  }

  async function validate(): Promise<void> {
    const asOf = readAsOf();
    if (asOf === null) return;
    const read = await opts.run((ctx) => readActiveLedger(ctx, opts.caps, schema, asOf));
    if (!showRead(read)) return;
    const findings: Finding[] = read.ledger.findings;
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (let i = 0; i < findings.length; i++) bySeverity[findings[i].severity]++;
    counts.textContent = t('countsValidate', { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info });
    renderFindings(doc, results, findings, (read.ledger.header as { headers: { [key: string]: string | undefined } }).headers);
    const items = read.ledger.items.length;
    say(findings.length > 0 ? t('validateDone', { items: items, problems: findings.length }) : t('validateClean', { items: items }), 'ok');
  }

  /** Draws 检查逾期's outcome for a fresh read; null when the sheet is no ledger (said in the status line). */
  function showCheck(read: LedgerRead, inputs: { asOf: Day; warnDays: number }): Checked | null {
    if (!showRead(read)) return null;
    const report = overdueReport(read.ledger.items, inputs.asOf, inputs.warnDays);
    const c = report.counts;
    counts.textContent =
      t('countsCheck', { red: c.red, amber: c.amber, green: c.green, blue: c.blue, grey: c.grey }) +
      (c.unknown > 0 ? t('countsUnknown', { count: c.unknown }) : '');
    renderOverdue(doc, results, report);
    say(t('checkDone', { date: formatDay(inputs.asOf), red: c.red, amber: c.amber }), 'ok');
    checked = { report: report, sheet: read.snapshot.grid.name, asOf: inputs.asOf };
    return checked;
  }

  async function check(): Promise<void> {
    const inputs = readInputs();
    if (!inputs) return;
    const read = await opts.run((ctx) => readActiveLedger(ctx, opts.caps, schema, inputs.asOf));
    showCheck(read, inputs);
  }

  async function writeSheet(): Promise<void> {
    const inputs = readInputs();
    if (!inputs) return;
    // Read again, as 检查逾期 does: the clerk may have updated statuses since. The sheet list the
    // write needs comes in the same sync.
    const written = await opts.run(async (ctx) => {
      let sheets: Excel.WorksheetCollection | undefined;
      const read = await readActiveLedger(ctx, opts.caps, schema, inputs.asOf, () => {
        sheets = queueSheetList(ctx);
      });
      const current = showCheck(read, inputs);
      if (!current) return null;
      const table = overdueTable(current.report, current.sheet);
      const out = await writeOverdueSheet(ctx, table, { caps: opts.caps, store: opts.store, sheets: sheets });
      return { sheet: out.sheet, count: table.rows.length };
    });
    if (written) say(t('sheetWritten', written), 'ok');
  }

  function findGroup(department: string): DepartmentGroup | null {
    if (!checked) return null;
    const groups = checked.report.groups;
    for (let i = 0; i < groups.length; i++) if ((groups[i].department || t('departmentNone')) === department) return groups[i];
    return null;
  }

  function copyReminder(department: string): void {
    const group = findGroup(department);
    if (!group || !checked) return;
    const text = reminderText(group.department, group.entries, checked.asOf);
    copyText(doc, text).then((ok) => {
      if (ok) {
        fallback.setAttribute('hidden', '');
        say(t('copied', { department: department }), 'ok');
        return;
      }
      fallback.value = text;
      fallback.removeAttribute('hidden');
      fallback.focus();
      fallback.select();
      say(t('copyFailed'), 'error');
    });
  }

  function select(row: number, column: string): void {
    const at = shown;
    if (!at || busy || row < 1) return;
    opts.run((ctx) => selectCell(ctx, at.sheet, row, column, at.table)).then(undefined, (e: unknown) => say(errorText(e), 'error'));
  }

  byId<HTMLButtonElement>(doc, 'btn-setup').addEventListener('click', () => {
    confirm.setAttribute('hidden', '');
    act(() => setup(''));
  });
  byId<HTMLButtonElement>(doc, 'btn-confirm-create').addEventListener('click', () => {
    confirm.setAttribute('hidden', '');
    act(async () => {
      const name = await opts.run((ctx) => createLedgerSheet(ctx, schema));
      await setup(t('sheetCreated', { sheet: name }) + ' ');
    });
  });
  byId<HTMLButtonElement>(doc, 'btn-confirm-cancel').addEventListener('click', () => {
    confirm.setAttribute('hidden', '');
    say('');
  });
  byId<HTMLButtonElement>(doc, 'btn-validate').addEventListener('click', () => act(validate));
  byId<HTMLButtonElement>(doc, 'btn-check').addEventListener('click', () => act(check));
  byId<HTMLButtonElement>(doc, 'btn-write-sheet').addEventListener('click', () => act(writeSheet));
  results.addEventListener('click', (event) => {
    const target = event.target as Node;
    const copy = closestWithClass(target, 'copy-reminder', results);
    if (copy) {
      copyReminder(copy.getAttribute('data-department') || '');
      return;
    }
    const item = closestWithClass(target, 'result-item', results);
    if (item) select(parseInt(item.getAttribute('data-row') || '0', 10), item.getAttribute('data-column') || '');
  });
}
