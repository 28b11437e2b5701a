// The task pane's state and actions, without DOM: each action works through the host interface and
// the core, and yields the pane's next view model. Only validation, formats, view settings and the
// add-in's own sheets are written — and, when the user asks for exactly that and confirms it, the
// cells of a 销号 or of text deadlines turned into dates.
import { cellText, columnLetter, rangeAddress } from '../../ledger/cells';
import { parseWarnDays } from '../../ledger/config';
import { parseDateCell } from '../../ledger/deadline';
import { formatDay, serialFromDay, ymdOfDay } from '../../ledger/days';
import { HeaderMatch } from '../../ledger/header';
import { NoticeConfig } from '../../ledger/notice-config';
import { DepartmentGroup, overdueReport, OverdueReport } from '../../ledger/overdue';
import { SheetLedger } from '../../ledger/read';
import { ReminderEntry, reminderText } from '../../ledger/reminder';
import { Schema } from '../../ledger/schema';
import { TextDeadline, textDeadlines } from '../../ledger/text-deadlines';
import { Day } from '../../ledger/types';
import { missingSetupFeatures, SETUP_FEATURES, SetupFeature } from '../capabilities';
import { CellWrite, LedgerHost, SheetRead, SheetRef } from '../host';
import { MessageKey, t } from '../i18n';
import { overdueTable } from '../overdue';
import { documentNotice, documentSchema, hasRememberedRules, isOverdueSheet, OVERDUE_SOURCE_KEY } from '../settings';
import { createLedgerSheet, LEDGER_SHEET_NAME, ledgerSheetOffer } from '../workflows/ledger-sheet';
import { writeOverdueSheet } from '../workflows/overdue-sheet';
import { ledgerOf } from '../workflows/read-ledger';
import { setupSheet, SetupOutcome, tableLayout } from '../workflows/setup';
import { errorText } from './error-text';
import { CountsView, findingsView, lightCounts, lightKey, NO_RESULTS, overdueView, ResultsView } from './results';
import { SaveOutcome } from './settings-form';

export type FocusTarget = 'as-of' | 'warn-days' | 'confirm-create' | 'confirm-pending';

/** The as-of date and the warning window, as typed. */
export interface PaneFields {
  asOf: string;
  warnDays: string;
}

export interface PaneStatus {
  text: string;
  kind: 'ok' | 'error' | null;
}

/** A change to the user's cells the pane asks about before making it. */
export type Pending = { kind: 'convert'; text: string } | { kind: 'close'; row: number; text: string };

export interface PaneView {
  /** An action is running: the action buttons are off. */
  busy: boolean;
  /** The last action's outcome: shown where it stays in view, and announced. */
  status: PaneStatus;
  /** Values to put into the fields: at start, and the warning window once settings are saved. */
  fill: Partial<PaneFields> | null;
  /** Whether each field was found invalid when last checked; null before the first check. */
  invalid: { asOf: boolean | null; warnDays: boolean | null };
  /** The rule features this spreadsheet lacks, in words; '' when it has them all. */
  capabilities: string;
  /** 套用台账规范 can write something here (not on ExcelApi 1.1). */
  setupAvailable: boolean;
  /** The one primary button: 套用台账规范 until the document has the add-in's rules, then 检查逾期. */
  primary: 'setup' | 'check';
  /** The first-run card is shown. */
  intro: boolean;
  /** An action has run: the controls' hints fold away, so results come near the top. */
  compact: boolean;
  counts: CountsView;
  results: ResultsView;
  /** The offer to create a ledger sheet, or null when none is open. */
  offer: string | null;
  /** A change to the user's cells awaiting confirmation, or null. */
  pending: Pending | null;
  /** Where the keyboard focus goes once this view is drawn. */
  focus: FocusTarget | null;
}

type Patch = Partial<PaneView>;

/** Where the listed rows live, so a click can select them. */
interface Shown {
  sheet: string;
  table: { firstCol: number; lastCol: number } | null;
}

/** The ledger an action read: its sheet, header and items, for the actions that follow on its results. */
interface Read {
  sheet: SheetRef;
  header: HeaderMatch;
  asOf: Day;
}

interface Checked extends Read {
  report: OverdueReport;
}

interface Validated extends Read {
  texts: TextDeadline[];
}

type Inputs = { asOf: Day; warnDays: number };

const FEATURE_KEYS: { [F in SetupFeature]: MessageKey } = {
  dataValidation: 'featureDataValidation',
  conditionalFormats: 'featureConditionalFormats',
  freezePanes: 'featureFreezePanes',
  autoFilter: 'featureAutoFilter',
};

const DATE_FORMAT = 'yyyy-mm-dd';
const CLOSED = '已销号';

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

/** 截至日期 as typed: every full date the ledger accepts (2026-11-25, 2026/11/25, 2026年11月25日 …). */
export function parseAsOf(text: string, year: number): Day | null {
  const s = cellText(text);
  if (s === '') return null;
  const parsed = parseDateCell(s, { year: year });
  return parsed.kind === 'date' ? parsed.day : null;
}

function errorCode(e: unknown): string {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

export interface PaneOptions {
  /** The first-run card was dismissed before (the view remembers it). */
  introSeen: boolean;
}

export class PaneController {
  /** Called with each new view model; the DOM view draws it. */
  onChange: ((view: PaneView) => void) | null = null;
  private current: PaneView;
  private schema: Schema;
  private notice: NoticeConfig;
  private shown: Shown | null = null;
  private checked: Checked | null = null;
  private validated: Validated | null = null;

  constructor(
    private readonly host: LedgerHost,
    private readonly today: Day,
    options?: PaneOptions,
  ) {
    const loaded = documentSchema(host.settings);
    const notice = documentNotice(host.settings);
    this.schema = loaded.schema;
    this.notice = notice.notice;
    const errors = loaded.errors.concat(notice.errors);
    const missing = missingSetupFeatures(host.features);
    const setupAvailable = missing.length < SETUP_FEATURES.length;
    this.current = {
      busy: false,
      status: errors.length > 0 ? error(t('settingsLoadInvalid') + ' ' + errors.join(' ')) : { text: '', kind: null },
      fill: { asOf: formatDay(today), warnDays: String(loaded.schema.warnDays) },
      invalid: { asOf: null, warnDays: null },
      capabilities:
        missing.length > 0 ? t(setupAvailable ? 'capabilitiesMissing' : 'capabilitiesNone', { features: featureList(missing) }) : '',
      setupAvailable: setupAvailable,
      primary: setupAvailable && !hasRememberedRules(host.settings) ? 'setup' : 'check',
      intro: !(options && options.introSeen),
      compact: false,
      counts: lightKey(loaded.schema.colors),
      results: NO_RESULTS,
      offer: null,
      pending: null,
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

  /** The notice settings in use (the 督办提醒's issuer and reply days). */
  currentNotice(): NoticeConfig {
    return this.notice;
  }

  /** 套用台账规范. */
  setup(): Promise<PaneView> {
    this.update({ offer: null });
    if (!this.current.setupAvailable) return Promise.resolve(this.update({ status: error(t('setupNothing')) }));
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
      const source = await this.readLedgerSheet(false);
      const found = this.ledgerOn(source.read, inputs.asOf);
      if ('refused' in found) return found.refused;
      const findings = found.ledger.findings;
      const bySeverity = { error: 0, warning: 0, info: 0 };
      for (let i = 0; i < findings.length; i++) bySeverity[findings[i].severity]++;
      const texts = textDeadlines(source.read.grid, found.header, found.ledger.items);
      this.validated = { sheet: source.read.sheet, header: found.header, asOf: inputs.asOf, texts: texts };
      const items = found.ledger.items.length;
      const done =
        findings.length > 0 ? t('validateDone', { items: items, problems: findings.length }) : t('validateClean', { items: items });
      return {
        counts: {
          kind: 'text',
          text:
            t('countsValidate', { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info }) +
            (texts.length > 0 ? t('countsTextDeadlines', { count: texts.length }) : ''),
        },
        results: findingsView(findings, found.header.headers, texts),
        status: ok(done + (texts.length > 0 ? ' ' + t('validateTextDeadlines', { count: texts.length }) : '') + source.note),
      };
    });
  }

  /** 检查逾期. */
  check(fields: PaneFields): Promise<PaneView> {
    return this.act(async () => {
      const inputs = this.checkFields(fields, true);
      if ('refused' in inputs) return inputs.refused;
      const source = await this.readLedgerSheet(false);
      const shown = this.showCheck(source.read, inputs);
      if (shown.status && shown.status.kind === 'ok') shown.status = ok(shown.status.text + source.note);
      return shown;
    });
  }

  /** 生成逾期清单: read the sheet afresh, as 检查逾期 does (statuses may have changed since), and write the list. */
  writeList(fields: PaneFields): Promise<PaneView> {
    return this.act(async () => {
      const inputs = this.checkFields(fields, true);
      if ('refused' in inputs) return inputs.refused;
      const source = await this.readLedgerSheet(true);
      const shown = this.showCheck(source.read, inputs);
      const checked = this.checked;
      if (!checked) return shown;
      // The list's content is on show while it is written, as after 检查逾期.
      this.update(shown);
      const table = overdueTable(checked.report, { sheet: checked.sheet.name, schema: this.schema });
      const sheet = await writeOverdueSheet(this.host, table, source.sheets as SheetRef[], checked.sheet.id);
      const c = checked.report.counts;
      return {
        status: ok(
          t('sheetWritten', { sheet: sheet.name, red: c.red, amber: c.amber, unknown: c.unknown, ledger: checked.sheet.name }) +
            source.note,
        ),
      };
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
    if (!group || !this.checked) return null;
    const entries: ReminderEntry[] = group.entries.concat(group.unjudged);
    return reminderText(group.department, entries, this.checked.asOf, {
      written: this.today,
      replyWorkingDays: this.notice.replyDays,
      issuer: this.notice.issuer,
    });
  }

  /** The clipboard took the department's reminder. */
  copied(department: string): PaneView {
    return this.update({ status: ok(t('copied', { department: department })) });
  }

  /** The clipboard refused: the view has selected the reminder's text for copying by hand. */
  copyFailed(): PaneView {
    return this.update({ status: error(t('copyFailed')) });
  }

  /** 将文字时限转换为日期: asks first, showing what changes. */
  askConvert(): PaneView {
    const v = this.validated;
    if (!v || v.texts.length === 0 || this.current.busy) return this.current;
    return this.update({ pending: { kind: 'convert', text: t('confirmConvert', { count: v.texts.length }) }, focus: 'confirm-pending' });
  }

  /** 销号 of an item awaiting sign-off: asks first, naming the row and the day written. */
  askClose(row: number): PaneView {
    const entry = this.signOffEntry(row);
    if (!entry || this.current.busy) return this.current;
    const problem = entry.item.text.problem || t('problemNone');
    return this.update({
      pending: { kind: 'close', row: row, text: t('confirmClose', { row: row, problem: problem, date: formatDay(this.today) }) },
      focus: 'confirm-pending',
    });
  }

  cancelPending(): PaneView {
    return this.update({ pending: null });
  }

  /** The user confirmed the pending change: write exactly those cells, in one round trip. */
  confirmPending(): Promise<PaneView> {
    const pending = this.current.pending;
    if (!pending) return Promise.resolve(this.current);
    this.update({ pending: null });
    return this.act(() => (pending.kind === 'convert' ? this.convert() : this.close(pending.row)));
  }

  /** The settings panel's save: the next actions use the saved schema, warning window and notice settings. */
  settingsSaved(outcome: SaveOutcome): PaneView {
    if (!outcome.saved) return this.update({ status: error(outcome.message) });
    this.schema = outcome.schema;
    this.notice = outcome.notice;
    const counts = this.current.results === NO_RESULTS ? lightKey(this.schema.colors) : this.current.counts;
    return this.update({ fill: { warnDays: String(outcome.schema.warnDays) }, counts: counts, status: ok(outcome.message) });
  }

  /** The settings panel's fields were reset to the defaults (not saved yet). */
  settingsReset(): PaneView {
    return this.update({ status: ok(t('settingsResetDone')) });
  }

  dismissIntro(): PaneView {
    return this.update({ intro: false });
  }

  dismissStatus(): PaneView {
    return this.update({ status: { text: '', kind: null } });
  }

  /** A field was edited: a mark of invalid goes as soon as the field is right. */
  fieldsEdited(fields: PaneFields): PaneView {
    const was = this.current.invalid;
    const asOf = was.asOf ? parseAsOf(fields.asOf, ymdOfDay(this.today).y) === null : was.asOf;
    const warnDays = was.warnDays ? parseWarnDays(fields.warnDays) === null : was.warnDays;
    if (asOf === was.asOf && warnDays === was.warnDays) return this.current;
    return this.update({ invalid: { asOf: asOf, warnDays: warnDays } });
  }

  private update(patch: Patch): PaneView {
    // fill and focus are one-shot: they hold only for the view that sets them.
    const next: PaneView = { ...this.current, fill: null, focus: null, ...patch };
    this.current = next;
    if (this.onChange) this.onChange(next);
    return next;
  }

  /** Runs one user action: one at a time, its outcome said in the status. */
  private act(action: () => Promise<Patch>): Promise<PaneView> {
    if (this.current.busy) return Promise.resolve(this.current);
    this.update({ busy: true, intro: false, pending: null, status: { text: t('working'), kind: null } });
    return action().then(
      (patch) => this.update({ ...patch, busy: false, compact: true }),
      (e: unknown) => this.update({ busy: false, status: error(errorText(e)) }),
    );
  }

  /** The fields an action needs, each marked valid or not; the refusal when one is not. */
  private checkFields(fields: PaneFields, withWarnDays: boolean): Inputs | { refused: Patch } {
    const asOf = parseAsOf(fields.asOf, ymdOfDay(this.today).y);
    const warnDays = withWarnDays ? parseWarnDays(fields.warnDays) : this.schema.warnDays;
    this.update({ invalid: { asOf: asOf === null, warnDays: withWarnDays ? warnDays === null : this.current.invalid.warnDays } });
    if (asOf === null) return { refused: { status: error(t('asOfInvalid')), focus: 'as-of' } };
    if (warnDays === null) return { refused: { status: error(t('warnDaysInvalid')), focus: 'warn-days' } };
    return { asOf: asOf, warnDays: warnDays };
  }

  /**
   * The active sheet, or — when that is the add-in's own 逾期清单 — the ledger the list was made
   * from, so the next check after 生成逾期清单 works on the ledger (one more round trip). `note` says so.
   */
  private async readLedgerSheet(withList: boolean): Promise<{ read: SheetRead; sheets: SheetRef[] | null; note: string }> {
    const first = withList ? await this.host.readActiveSheetAndList() : { read: await this.host.readActiveSheet(), sheets: null };
    const settings = this.host.settings;
    const sourceId = settings.get(OVERDUE_SOURCE_KEY);
    if (!isOverdueSheet(settings, first.read.sheet.id) || typeof sourceId !== 'string')
      return { read: first.read, sheets: first.sheets, note: '' };
    try {
      const read = await this.host.readSheet(sourceId);
      return { read: read, sheets: first.sheets, note: ' ' + t('actedOnSource', { list: first.read.sheet.name, sheet: read.sheet.name }) };
    } catch (e) {
      // The ledger was deleted since: the 逾期清单 itself is refused as no ledger.
      if (errorCode(e) === 'ItemNotFound') return { read: first.read, sheets: first.sheets, note: '' };
      throw e;
    }
  }

  /** The ledger on the sheet read, remembering where its rows are; the refusal when the sheet holds none. */
  private ledgerOn(read: SheetRead, asOf: Day): { ledger: SheetLedger; header: HeaderMatch } | { refused: Patch } {
    const own = isOverdueSheet(this.host.settings, read.sheet.id);
    const ledger = own ? null : ledgerOf(read, this.schema, asOf);
    const header = ledger ? ledger.header : null;
    this.shown = { sheet: read.grid.name, table: header ? tableLayout(read.grid, header, 0) : null };
    this.checked = null;
    this.validated = null;
    if (!ledger || !header) {
      return {
        refused: {
          counts: lightKey(this.schema.colors),
          results: NO_RESULTS,
          status: error(t(own ? 'ownSheet' : 'noHeader', { sheet: read.grid.name })),
        },
      };
    }
    return { ledger: ledger, header: header };
  }

  /** 检查逾期's outcome for a fresh read; the report is kept for the reminders and 销号. */
  private showCheck(read: SheetRead, inputs: Inputs): Patch {
    const found = this.ledgerOn(read, inputs.asOf);
    if ('refused' in found) return found.refused;
    const report = overdueReport(found.ledger.items, inputs.asOf, inputs.warnDays);
    this.checked = { sheet: read.sheet, header: found.header, asOf: inputs.asOf, report: report };
    return this.checkedView(
      report,
      t('checkDone', { date: formatDay(inputs.asOf), red: report.counts.red, amber: report.counts.amber, unknown: report.counts.unknown }),
    );
  }

  private checkedView(report: OverdueReport, status: string): Patch {
    const columns = (this.checked as Checked).header.columns;
    const deadline = columns.deadline;
    return {
      counts: lightCounts(report, this.schema.colors),
      results: overdueView(report, {
        deadlineColumn: deadline === undefined ? '' : columnLetter(deadline),
        canClose: columns.status !== undefined && columns.closedOn !== undefined,
      }),
      status: ok(status),
    };
  }

  private async setUpSheet(prefix: string): Promise<Patch> {
    const outcome = await setupSheet(this.host, this.schema);
    if (outcome.kind === 'ownSheet') return { status: error(t('ownSheetSetup', { sheet: outcome.sheet })) };
    if (outcome.kind === 'noHeader') {
      const offer = await ledgerSheetOffer(this.host);
      return {
        offer:
          t('confirmCreate', { sheet: outcome.sheet, name: offer.name }) +
          (offer.exists ? ' ' + t('confirmCreateExists', { name: LEDGER_SHEET_NAME }) : ''),
        status: error(t('noHeader', { sheet: outcome.sheet })),
        focus: 'confirm-create',
      };
    }
    return { status: ok(prefix + this.setupMessage(outcome)), primary: 'check' };
  }

  /** What 套用台账规范 did, in plain words: what the user will see in the sheet, not how many rules. */
  private setupMessage(outcome: Extract<SetupOutcome, { kind: 'done' }>): string {
    const w = outcome.written;
    const where = { sheet: outcome.sheet, row: outcome.header.lastRow + 1 };
    const parts: string[] = [];
    if (w.validations > 0 && w.formats > 0) parts.push(t('setupDone', where));
    else if (w.formats > 0) parts.push(t('setupColoursOnly', where));
    else if (w.validations > 0) parts.push(t('setupChecksOnly', where));
    if (w.replacedFormats + w.replacedValidations > 0) parts.push(t('setupReplaced'));
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

  private signOffEntry(row: number): ReminderEntry | null {
    const list = this.checked ? this.checked.report.awaitingSignOff : [];
    for (let i = 0; i < list.length; i++) if (list[i].item.row === row) return list[i];
    return null;
  }

  /** Writes the listed text deadlines as date serials with a date format; the user's other cells stay as they are. */
  private async convert(): Promise<Patch> {
    const v = this.validated as Validated;
    const cells: CellWrite[] = v.texts.map((d) => ({
      address: columnLetter(d.column) + d.row,
      value: serialFromDay(d.day),
      format: DATE_FORMAT,
    }));
    await this.host.writeCells(v.sheet.id, cells);
    const converted = v.texts.length;
    this.validated = { sheet: v.sheet, header: v.header, asOf: v.asOf, texts: [] };
    const results = this.current.results;
    return {
      results: {
        empty: results.findings.length === 0 ? t('noFindings') : null,
        first: [],
        findings: results.findings,
        departments: [],
        last: [],
      },
      status: ok(t('converted', { count: converted })),
    };
  }

  /** 销号: 已销号 and today's 销号日期 into the item's row, then the lists and counts as they now are. */
  private async close(row: number): Promise<Patch> {
    const checked = this.checked as Checked;
    const entry = this.signOffEntry(row) as ReminderEntry;
    const columns = checked.header.columns;
    await this.host.writeCells(checked.sheet.id, [
      { address: columnLetter(columns.status as number) + row, value: CLOSED },
      { address: columnLetter(columns.closedOn as number) + row, value: serialFromDay(this.today), format: DATE_FORMAT },
    ]);
    const report = checked.report;
    const counts = { ...report.counts, blue: report.counts.blue - 1, grey: report.counts.grey + 1 };
    const next: OverdueReport = { ...report, counts: counts, awaitingSignOff: report.awaitingSignOff.filter((e) => e !== entry) };
    this.checked = { sheet: checked.sheet, header: checked.header, asOf: checked.asOf, report: next };
    return this.checkedView(next, t('closedDone', { row: row, date: formatDay(this.today) }));
  }
}
