// What the result lists show, as plain data: the words and the rows to jump to. The view draws
// these with DOM calls only; the tests read them in Node.
import { columnLetter } from '../../ledger/cells';
import { deadlineProblem } from '../../ledger/deadline';
import { formatDay, ymdOfDay } from '../../ledger/days';
import { OverdueReport } from '../../ledger/overdue';
import { ReminderEntry } from '../../ledger/reminder';
import { LIGHTS } from '../../ledger/schema';
import { TextDeadline } from '../../ledger/text-deadlines';
import { Finding, Item, Light, Severity } from '../../ledger/types';
import { MessageKey, t } from '../i18n';
import { daysLabel } from '../overdue';

export interface FindingEntry {
  /** 1-based sheet row to select; 0 for a finding about the whole sheet (not clickable). */
  row: number;
  /** Column letter of the cell, '' when the finding is about the row. */
  column: string;
  severity: Severity;
  /** The severity in words, and the column: colour is never the only sign. */
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
  /** The button that opens the department's 督办提醒, and its accessible name (which names the department). */
  reminderText: string;
  reminderLabel: string;
  owners: { title: string; entries: OverdueEntry[] }[];
}

/** An entry of a block: a row to jump to (the cell, when a column is named). */
export interface BlockEntry {
  row: number;
  column: string;
  badge: string;
  text: string;
  meta: string;
  /** The 销号 button of an item awaiting sign-off; null for none. */
  close: { text: string; label: string } | null;
}

export type BlockKind = 'text-deadlines' | 'unjudged' | 'sign-off';

/** A list apart from the findings or the departments: text deadlines, unjudged items, items to sign off. */
export interface BlockView {
  kind: BlockKind;
  title: string;
  note: string;
  entries: BlockEntry[];
  /** A button acting on the whole block (将文字时限转换为日期); null for none. */
  action: string | null;
}

export interface ResultsView {
  /** Said when there is nothing to list; null otherwise. */
  empty: string | null;
  /** Blocks drawn before the findings (the text deadlines, which the user can act on). */
  first: BlockView[];
  findings: FindingGroup[];
  departments: DepartmentView[];
  /** Blocks drawn after the departments: what cannot be judged, then what awaits sign-off. */
  last: BlockView[];
}

export const NO_RESULTS: ResultsView = { empty: null, first: [], findings: [], departments: [], last: [] };

/** A light and what it counts, as the pane shows it: the word always beside the colour. */
export interface LightChip {
  /** null: the items that cannot be judged (no colour). */
  light: Light | null;
  text: string;
  color: string;
}

export type CountsView = { kind: 'chips'; chips: LightChip[] } | { kind: 'text'; text: string };

const SEVERITY_KEYS: { [S in Severity]: MessageKey } = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const LIGHT_KEYS: { [L in Light]: MessageKey } = {
  red: 'lightRed',
  amber: 'lightAmber',
  green: 'lightGreen',
  blue: 'lightBlue',
  grey: 'lightGrey',
};
const COUNT_KEYS: { [L in Light]: MessageKey } = {
  red: 'countRed',
  amber: 'countAmber',
  green: 'countGreen',
  blue: 'countBlue',
  grey: 'countGrey',
};

/** The colour key: each light's colour with its name and meaning. */
export function lightKey(colors: { [L in Light]: string }): CountsView {
  return { kind: 'chips', chips: LIGHTS.map((l) => ({ light: l, text: t(LIGHT_KEYS[l]), color: colors[l] })) };
}

/** 检查逾期's counts: each light with its word and count, and the items that cannot be judged. */
export function lightCounts(report: OverdueReport, colors: { [L in Light]: string }): CountsView {
  const chips: LightChip[] = LIGHTS.map((l) => ({ light: l, text: t(COUNT_KEYS[l], { count: report.counts[l] }), color: colors[l] }));
  if (report.counts.unknown > 0) chips.push({ light: null, text: t('countUnknown', { count: report.counts.unknown }), color: '' });
  return { kind: 'chips', chips: chips };
}

/** Findings grouped by row, sheet-level ones (row 0) first, rows in sheet order; the text deadlines first. */
export function findingsView(findings: Finding[], headers: { [key: string]: string | undefined }, texts: TextDeadline[]): ResultsView {
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
      badge: t(SEVERITY_KEYS[f.severity]) + (f.column ? ' ' + f.column : ''),
      text: (header ? header + '：' : '') + f.message,
    });
  }
  groups.sort((a, b) => a.row - b.row);
  return {
    empty: findings.length === 0 && texts.length === 0 ? t('noFindings') : null,
    first: texts.length > 0 ? [textDeadlineBlock(texts)] : [],
    findings: groups.map((g) => ({ title: g.row > 0 ? t('rowGroup', { row: g.row }) : t('sheetGroup'), entries: g.entries })),
    departments: [],
    last: [],
  };
}

function textDeadlineBlock(texts: TextDeadline[]): BlockView {
  return {
    kind: 'text-deadlines',
    title: t('textDeadlinesTitle', { count: texts.length }),
    note: t('textDeadlinesNote'),
    entries: texts.map((d) => ({
      row: d.row,
      column: columnLetter(d.column),
      badge: columnLetter(d.column) + d.row,
      text: t('textDeadlineEntry', { text: d.text, date: formatDay(d.day) }),
      meta: '',
      close: null,
    })),
    action: t('btnConvert'),
  };
}

function deadlineOf(item: Item): string {
  return item.deadline.kind === 'date' ? formatDay(item.deadline.day) : item.text.deadline || '';
}

/** 延期 N 天 / 申请延期 / 已延期, or '' for an item whose deadline was not moved. */
function extensionText(item: Item): string {
  if (item.extendedDays !== null && item.extendedDays > 0) return t('entryExtended', { days: item.extendedDays });
  if (item.extension === 'requested') return t('entryExtensionRequested');
  if (item.extension === 'granted') return t('entryExtensionGranted');
  return '';
}

function entryMeta(item: Item): string {
  const extension = extensionText(item);
  return t('entryDeadline', { date: deadlineOf(item) }) + (extension ? t('metaSeparator') + extension : '');
}

function who(item: Item): string {
  return (item.department || t('departmentNone')) + t('metaSeparator') + (item.text.owner || t('ownerNone'));
}

/** Why the item cannot be judged, quoting its 完成时限 when it has one. */
function unjudgedWhy(item: Item, year: number): string {
  const why = deadlineProblem(item.deadline, year);
  return item.deadline.kind === 'invalid' ? t('unjudgedWhy', { deadline: item.deadline.text, why: why }) : why;
}

function unjudgedBlock(list: ReminderEntry[], year: number, deadlineColumn: string): BlockView {
  return {
    kind: 'unjudged',
    title: t('unjudgedTitle', { count: list.length }),
    note: t('unjudgedNote'),
    entries: list.map((e) => ({
      row: e.item.row,
      column: deadlineColumn,
      badge: t('badgeUnjudged'),
      text: e.item.text.problem || t('problemNone'),
      meta: who(e.item) + t('metaSeparator') + unjudgedWhy(e.item, year),
      close: null,
    })),
    action: null,
  };
}

function signOffBlock(list: ReminderEntry[]): BlockView {
  return {
    kind: 'sign-off',
    title: t('signOffTitle', { count: list.length }),
    note: t('signOffNote'),
    entries: list.map((e) => ({
      row: e.item.row,
      column: '',
      badge: t('badgeSignOff'),
      text: e.item.text.problem || t('problemNone'),
      meta: who(e.item) + t('metaSeparator') + entryMeta(e.item),
      close: { text: t('btnClose'), label: t('btnCloseLabel', { row: e.item.row }) },
    })),
    action: null,
  };
}

/** Where the deadline is, for the unjudged entries' jump ('' when the ledger has no such column). */
export interface OverdueLayout {
  deadlineColumn: string;
  /** Items can be signed off here: the ledger has 整改状态 and 销号日期 columns. */
  canClose: boolean;
}

/** The overdue and due-soon items by department, then person; the unjudged and the awaiting sign-off apart. */
export function overdueView(report: OverdueReport, layout: OverdueLayout): ResultsView {
  const departments: DepartmentView[] = [];
  for (let g = 0; g < report.groups.length; g++) {
    const dept = report.groups[g];
    const name = dept.department || t('departmentNone');
    departments.push({
      name: name,
      meta:
        t('groupCounts', { red: dept.overdue, amber: dept.dueSoon }) +
        (dept.unjudged.length > 0 ? t('groupUnjudged', { count: dept.unjudged.length }) : ''),
      reminderText: t('btnReminder'),
      reminderLabel: t('btnReminderLabel', { department: name }),
      owners: dept.owners.map((owner) => ({
        title: owner.owner || t('ownerNone'),
        entries: owner.entries.map((entry) => ({
          row: entry.item.row,
          light: entry.cls.light === 'red' ? ('red' as const) : ('amber' as const),
          badge: daysLabel(entry.cls.daysLeft as number),
          text: entry.item.text.problem || t('problemNone'),
          meta: entryMeta(entry.item),
        })),
      })),
    });
  }
  const last: BlockView[] = [];
  if (report.unjudged.length > 0) last.push(unjudgedBlock(report.unjudged, ymdOfDay(report.asOf).y, layout.deadlineColumn));
  if (report.awaitingSignOff.length > 0) {
    const block = signOffBlock(report.awaitingSignOff);
    if (!layout.canClose) for (let i = 0; i < block.entries.length; i++) block.entries[i].close = null;
    last.push(block);
  }
  const nothing = report.counts.red + report.counts.amber === 0;
  return { empty: nothing ? t('noOverdue') : null, first: [], findings: [], departments: departments, last: last };
}
