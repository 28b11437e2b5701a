// The task pane's state and actions, without DOM: each action works through the host interface and
// the core, and yields the pane's next view model. Only validation, formats, view settings and the
// add-in's own sheets are ever written; the user's values never are.
import { rangeAddress } from '../../ledger/cells';
import { parseWarnDays } from '../../ledger/config';
import { formatDay, parseISODay } from '../../ledger/days';
import { HeaderMatch } from '../../ledger/header';
import { SheetLedger } from '../../ledger/read';
import { reminderText } from '../../ledger/reminder';
import { Schema } from '../../ledger/schema';
import { Day } from '../../ledger/types';
import { missingSetupFeatures, SETUP_FEATURES, SetupFeature } from '../capabilities';
import { LedgerHost, SheetRead } from '../host';
import { MessageKey, t } from '../i18n';
import { DepartmentGroup, overdueReport, OverdueReport } from '../../ledger/overdue';
import { overdueTable } from '../overdue';
import { documentSchema, isOverdueSheet } from '../settings';
import { createLedgerSheet, LEDGER_SHEET_NAME, ledgerSheetOffer } from '../workflows/ledger-sheet';
import { writeOverdueSheet } from '../workflows/overdue-sheet';
import { ledgerOf } from '../workflows/read-ledger';
import { setupSheet, SetupOutcome, tableLayout } from '../workflows/setup';
import { errorText } from './error-text';
import { findingsView, NO_RESULTS, overdueView, ResultsView } from './results';
import { SaveOutcome } from './settings-form';

export type FocusTarget = 'as-of' | 'warn-days' | 'confirm-create' | 'copy-fallback';

/** The as-of date and the warning window, as typed. */
export interface PaneFields {
  asOf: string;
  warnDays: string;
}

export interface PaneStatus {
  text: string;
  kind: 'ok' | 'error' | null;
}

export interface PaneView {
  /** An action is running: the action buttons are off. */
  busy: boolean;
  status: PaneStatus;
  /** Values to put into the fields: at start, and the warning window once settings are saved. */
  fill: Partial<PaneFields> | null;
  /** Whether each field was found invalid when last checked; null before the first check. */
  invalid: { asOf: boolean | null; warnDays: boolean | null };
  /** The rule features this spreadsheet lacks, in words; '' when it has them all. */
  capabilities: string;
  counts: string;
  results: ResultsView;
  /** The offer to create a ledger sheet, or null when none is open. */
  offer: string | null;
  /** A reminder to copy by hand, after the clipboard refused it; null when none. */
  copyFallback: string | null;
  /** Where the keyboard focus goes once this view is drawn. */
  focus: FocusTarget | null;
}

type Patch = Partial<PaneView>;

/** Where the listed rows live, so a click can select them. */
interface Shown {
  sheet: string;
  table: { firstCol: number; lastCol: number } | null;
}

interface Checked {
  report: OverdueReport;
  sheet: string;
  asOf: Day;
}

type Inputs = { asOf: Day; warnDays: number };

const FEATURE_KEYS: { [F in SetupFeature]: MessageKey } = {
  dataValidation: 'featureDataValidation',
  conditionalFormats: 'featureConditionalFormats',
  freezePanes: 'featureFreezePanes',
  autoFilter: 'featureAutoFilter',
};

function ok(text: string): PaneStatus {
  return { text: text, kind: 'ok' };
}

function error(text: string): PaneStatus {
  return { text: text, kind: 'error' };
}

function featureList(features: SetupFeature[]): string {
  const names: string[] = [];
  for (let i = 0; i < features.length; i++) names.push(t(FEATURE_KEYS[features[i]]));
  return names.join(t('listSeparator'));
}

export class PaneController {
  /** Called with each new view model; the DOM view draws it. */
  onChange: ((view: PaneView) => void) | null = null;
  private current: PaneView;
  private schema: Schema;
  private shown: Shown | null = null;
  private checked: Checked | null = null;

  constructor(private readonly host: LedgerHost, today: Day) {
    const loaded = documentSchema(host.settings);
    this.schema = loaded.schema;
    const missing = missingSetupFeatures(host.features);
    this.current = {
      busy: false,
      status: loaded.errors.length > 0 ? error(t('settingsLoadInvalid') + ' ' + loaded.errors.join(' ')) : { text: '', kind: null },
      fill: { asOf: formatDay(today), warnDays: String(loaded.schema.warnDays) },
      invalid: { asOf: null, warnDays: null },
      capabilities: missing.length > 0 ? t('capabilitiesMissing', { features: featureList(missing) }) : '',
      counts: '',
      results: NO_RESULTS,
      offer: null,
      copyFallback: null,
      focus: null,
    };
  }

  get view(): PaneView {
    return this.current;
  }

  /** The schema in use: the document's, or the one saved from the settings panel since. */
  currentSchema(): Schema {
    return this.schema;
  }

  /** 套用台账规范. */
  setup(): Promise<PaneView> {
    this.update({ offer: null });
    return this.act(() => this.setUpSheet(''));
  }

  /** The user accepted the offer: add the 整改台账 sheet, then set it up. */
  confirmCreate(): Promise<PaneView> {
    this.update({ offer: null });
    return this.act(async () => {
      const sheet = await createLedgerSheet(this.host, this.schema);
      return this.setUpSheet(t('sheetCreated', { sheet: sheet.name }) + ' ');
    });
  }

  cancelCreate(): PaneView {
    return this.update({ offer: null, status: { text: '', kind: null } });
  }

  /** 校验台账. */
  validate(fields: PaneFields): Promise<PaneView> {
    return this.act(async () => {
      const inputs = this.checkFields(fields, false);
      if ('refused' in inputs) return inputs.refused;
      const read = await this.host.readActiveSheet();
      const found = this.ledgerOn(read, inputs.asOf);
      if ('refused' in found) return found.refused;
      const findings = found.ledger.findings;
      const bySeverity = { error: 0, warning: 0, info: 0 };
      for (let i = 0; i < findings.length; i++) bySeverity[findings[i].severity]++;
      const items = found.ledger.items.length;
      return {
        counts: t('countsValidate', { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info }),
        results: findingsView(findings, found.header.headers),
        status: ok(findings.length > 0 ? t('validateDone', { items: items, problems: findings.length }) : t('validateClean', { items: items })),
      };
    });
  }

  /** 检查逾期. */
  check(fields: PaneFields): Promise<PaneView> {
    return this.act(async () => {
      const inputs = this.checkFields(fields, true);
      if ('refused' in inputs) return inputs.refused;
      return this.showCheck(await this.host.readActiveSheet(), inputs);
    });
  }

  /** 生成逾期清单: read the sheet afresh, as 检查逾期 does (statuses may have changed since), and write the list. */
  writeList(fields: PaneFields): Promise<PaneView> {
    return this.act(async () => {
      const inputs = this.checkFields(fields, true);
      if ('refused' in inputs) return inputs.refused;
      const both = await this.host.readActiveSheetAndList();
      const shown = this.showCheck(both.read, inputs);
      const checked = this.checked;
      if (!checked) return shown;
      // The list's content is on show while it is written, as after 检查逾期.
      this.update(shown);
      const table = overdueTable(checked.report, checked.sheet);
      const sheet = await writeOverdueSheet(this.host, table, both.sheets);
      return { status: ok(t('sheetWritten', { sheet: sheet.name, count: table.rows.length })) };
    });
  }

  /** A click on a listed row: select it in its sheet (the cell, when the entry names a column). */
  select(row: number, column: string): Promise<PaneView> {
    const at = this.shown;
    if (!at || this.current.busy || row < 1) return Promise.resolve(this.current);
    let address: string;
    if (column !== '') address = column + row;
    else if (at.table) address = rangeAddress(at.table.firstCol, row, at.table.lastCol, row);
    else address = row + ':' + row;
    return this.host.select(at.sheet, address).then(
      () => this.current,
      (e: unknown) => this.update({ status: error(errorText(e)) }),
    );
  }

  /** The 督办提醒 of a department listed by the last 检查逾期 (by its name as shown), or null. */
  reminderFor(department: string): string | null {
    const group = this.findGroup(department);
    return group && this.checked ? reminderText(group.department, group.entries, this.checked.asOf) : null;
  }

  /** The clipboard took the department's reminder. */
  copied(department: string): PaneView {
    return this.update({ copyFallback: null, status: ok(t('copied', { department: department })) });
  }

  /** The clipboard refused: leave the text for copying by hand. */
  copyFailed(text: string): PaneView {
    return this.update({ copyFallback: text, focus: 'copy-fallback', status: error(t('copyFailed')) });
  }

  /** The settings panel's save: the next actions use the saved schema and warning window. */
  settingsSaved(outcome: SaveOutcome): PaneView {
    if (!outcome.saved) return this.update({ status: error(outcome.message) });
    this.schema = outcome.schema;
    return this.update({ fill: { warnDays: String(outcome.schema.warnDays) }, status: ok(outcome.message) });
  }

  private update(patch: Patch): PaneView {
    // fill and focus are one-shot: they hold only for the view that sets them.
    const next: PaneView = { ...this.current, fill: null, focus: null, ...patch };
    this.current = next;
    if (this.onChange) this.onChange(next);
    return next;
  }

  /** Runs one user action: one at a time, an error said in the status line. */
  private act(action: () => Promise<Patch>): Promise<PaneView> {
    if (this.current.busy) return Promise.resolve(this.current);
    // A reminder left for copying by hand belongs to the previous result.
    this.update({ busy: true, copyFallback: null, status: { text: t('working'), kind: null } });
    return action().then(
      (patch) => this.update({ ...patch, busy: false }),
      (e: unknown) => this.update({ busy: false, status: error(errorText(e)) }),
    );
  }

  /** The fields an action needs, each marked valid or not; the refusal when one is not. */
  private checkFields(fields: PaneFields, withWarnDays: boolean): Inputs | { refused: Patch } {
    const asOf = parseISODay(fields.asOf.replace(/^\s+|\s+$/g, ''));
    const warnDays = withWarnDays ? parseWarnDays(fields.warnDays) : this.schema.warnDays;
    this.update({ invalid: { asOf: asOf === null, warnDays: withWarnDays ? warnDays === null : this.current.invalid.warnDays } });
    if (asOf === null) return { refused: { status: error(t('asOfInvalid')), focus: 'as-of' } };
    if (warnDays === null) return { refused: { status: error(t('warnDaysInvalid')), focus: 'warn-days' } };
    return { asOf: asOf, warnDays: warnDays };
  }

  /** The ledger on the sheet read, remembering where its rows are; the refusal when the sheet holds none. */
  private ledgerOn(read: SheetRead, asOf: Day): { ledger: SheetLedger; header: HeaderMatch } | { refused: Patch } {
    const own = isOverdueSheet(this.host.settings, read.sheet.id);
    const ledger = own ? null : ledgerOf(read, this.schema, asOf);
    const header = ledger ? ledger.header : null;
    this.shown = { sheet: read.grid.name, table: header ? tableLayout(read.grid, header, 0) : null };
    if (!ledger || !header) {
      this.checked = null;
      return { refused: { counts: '', results: NO_RESULTS, status: error(t(own ? 'ownSheet' : 'noHeader', { sheet: read.grid.name })) } };
    }
    return { ledger: ledger, header: header };
  }

  /** 检查逾期's outcome for a fresh read; the report is kept for the reminders (none when the sheet holds no ledger). */
  private showCheck(read: SheetRead, inputs: Inputs): Patch {
    const found = this.ledgerOn(read, inputs.asOf);
    if ('refused' in found) return found.refused;
    const report = overdueReport(found.ledger.items, inputs.asOf, inputs.warnDays);
    const c = report.counts;
    this.checked = { report: report, sheet: read.grid.name, asOf: inputs.asOf };
    return {
      counts: t('countsCheck', { red: c.red, amber: c.amber, green: c.green, blue: c.blue, grey: c.grey }) + (c.unknown > 0 ? t('countsUnknown', { count: c.unknown }) : ''),
      results: overdueView(report),
      status: ok(t('checkDone', { date: formatDay(inputs.asOf), red: c.red, amber: c.amber })),
    };
  }

  private async setUpSheet(prefix: string): Promise<Patch> {
    const outcome = await setupSheet(this.host, this.schema);
    if (outcome.kind === 'ownSheet') return { status: error(t('ownSheet', { sheet: outcome.sheet })) };
    if (outcome.kind === 'noHeader') {
      const offer = await ledgerSheetOffer(this.host);
      return {
        offer: t('confirmCreate', { sheet: outcome.sheet, name: offer.name }) + (offer.exists ? ' ' + t('confirmCreateExists', { name: LEDGER_SHEET_NAME }) : ''),
        status: error(t('noHeader', { sheet: outcome.sheet })),
        focus: 'confirm-create',
      };
    }
    return { status: ok(prefix + this.setupMessage(outcome)) };
  }

  private setupMessage(outcome: Extract<SetupOutcome, { kind: 'done' }>): string {
    const w = outcome.written;
    const parts: string[] = [];
    if (outcome.missing.length === SETUP_FEATURES.length) parts.push(t('setupNothing'));
    else parts.push(t('setupDone', { sheet: outcome.sheet, validations: w.validations, formats: w.formats }));
    const replaced = w.replacedFormats + w.replacedValidations;
    if (replaced > 0) parts.push(t('setupReplaced', { count: replaced }));
    if (w.frozen) parts.push(t('setupFrozen'));
    if (w.autoFilter) parts.push(t('setupFilter'));
    else if (this.host.features.autoFilter) parts.push(t('setupFilterKept'));
    return parts.join(' ');
  }

  private findGroup(department: string): DepartmentGroup | null {
    if (!this.checked) return null;
    const groups = this.checked.report.groups;
    for (let i = 0; i < groups.length; i++) if ((groups[i].department || t('departmentNone')) === department) return groups[i];
    return null;
  }
}
