// Data-validation and conditional-format rules that make a workbook enforce and
// colour its own ledger. Pure: the add-in writes these specs with Office.js, the
// tests evaluate them; what they produce is plain xlsx, so the rules keep working
// in any Excel (2010+) or WPS without the add-in.
//
// Light formulas mirror ledger/lights.ts (classify) as far as a cell formula can;
// test/cf-consistency.test.ts checks them against the core. Known differences:
// - A row is coloured only when its 问题描述 or 整改措施 has text (section and 合计
//   rows carry neither, so they stay plain); the core also lights an item row
//   that has neither. Without both columns, any non-empty table cell counts.
// - A deadline is a date only when the cell holds a number in 1990..2100, the
//   core's range. Text deadlines, even parseable ones ("2023年6月底"), and
//   YYYYMMDD numbers leave a not-done row uncoloured while the core gives it a
//   light: a formula cannot parse them. The date rule on 完成时限 steers new
//   entries to real dates.
// - 已销号/已完成 words are matched after dropping spaces (ASCII and full-width,
//   inside the word too, as the core does: "已 完成" is 已完成) and line breaks, up
//   to the first bracket ("已完成（待验收）" is 已完成). The core also drops other
//   white space (no-break, zero-width) and rejects a note naming another status
//   ("已完成（已销号）").
// - Standing commitments are found by containment, as the core does for
//   deadlines: a status or deadline cell containing a schema.standingStatuses /
//   schema.ongoingDeadlines word ("整改中（长期坚持）", "长期 坚持"), spaces dropped
//   as above. The core reads a status such as "未启动（长期坚持）" as unknown
//   rather than standing.
// - A vertically merged cell holds its value in its top row only; the core fills
//   the rows below from it, a formula sees them empty.
// Lights come in priority order with stopIfTrue: grey, blue, green (standing
// commitments, then deadlines beyond the window: two rules, so each formula
// stays short), red, amber; each later formula relies on the earlier ones
// having claimed their rows.
// Formulas use only functions of Excel 2007+ and WPS, no array constants, and
// stay under 255 characters for the default schema (Excel 2010+ accepts 8192).
import { cellText, columnLetter, rangeAddress } from './cells';
import { MAX_YEAR, MIN_YEAR } from './deadline';
import { columnSpec, Schema } from './schema';
import { ColumnKey, Light, Status } from './types';

export interface RuleLayout {
  /** 0-based sheet column of each ledger column present. */
  columns: { [K in ColumnKey]?: number };
  /** 1-based first row below the header. */
  firstDataRow: number;
  /** 1-based last row the rules cover, usually 1048576. */
  lastRow: number;
  /** 0-based first and last sheet columns of the table. */
  firstCol: number;
  lastCol: number;
}

/** Office.js's DataValidationRule, as far as the core writes one: a dropdown list or a custom formula. */
export type ValidationRule = {
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
};

export interface ValidationSpec {
  key: ColumnKey;
  /** 'J3:J1048576'. */
  address: string;
  rule: ValidationRule;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: 'Stop' | 'Warning' | 'Information'; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface FormatSpec {
  /** Stable id, e.g. 'light-red', 'required-owner'. */
  id: string;
  address: string;
  /** Relative to the range's top-left cell; starts with '='. */
  formula: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue: boolean;
}

/** Excel's limits for a list source and for an input message. */
const MAX_LIST_SOURCE = 255;
const MAX_PROMPT = 255;
/** Excel caps error messages shorter than input messages. */
const MAX_ERROR_MESSAGE = 225;
/** Fill of an empty required cell in a non-empty row (Excel's "light red fill"). */
export const REQUIRED_EMPTY_FILL = '#FFC7CE';
const DATE_FROM = 'DATE(' + MIN_YEAR + ',1,1)';
const DATE_UNTIL = 'DATE(' + (MAX_YEAR + 1) + ',1,1)';

/** The light rules in priority order; a rule's id is 'light-' + its name, its fill its light's colour. */
const LIGHT_RULES: { name: string; light: Light }[] = [
  { name: 'grey', light: 'grey' },
  { name: 'blue', light: 'blue' },
  { name: 'green-standing', light: 'green' },
  { name: 'green', light: 'green' },
  { name: 'red', light: 'red' },
  { name: 'amber', light: 'amber' },
];

function columnAddress(layout: RuleLayout, col: number): string {
  return rangeAddress(col, layout.firstDataRow, col, layout.lastRow);
}

/** A formula string literal. */
function quote(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

/** Trimmed, non-empty, distinct words; '|' is the separator of statusIn's list. */
function unique(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = cellText(words[i]);
    if (w !== '' && w.indexOf('|') < 0 && out.indexOf(w) < 0) out.push(w);
  }
  return out;
}

function statusWords(schema: Schema, name: Status): string[] {
  for (let i = 0; i < schema.statuses.length; i++) {
    const spec = schema.statuses[i];
    if (spec.name === name) return unique([spec.name as string].concat(spec.synonyms));
  }
  return [];
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** Words joined for a dropdown, as many as fit in Excel's list-source limit. */
function listSource(words: string[]): string {
  let source = '';
  for (let i = 0; i < words.length; i++) {
    // A comma would split the word into two entries.
    if (words[i].indexOf(',') >= 0) continue;
    const next = source === '' ? words[i] : source + ',' + words[i];
    if (next.length > MAX_LIST_SOURCE) break;
    source = next;
  }
  return source;
}

/** An input message titled with the column's header, clipped to Excel's limit. */
function inputPrompt(schema: Schema, key: ColumnKey, message: string): ValidationSpec['prompt'] {
  return { showPrompt: true, title: columnSpec(schema, key).header, message: clip(message, MAX_PROMPT) };
}

function errorAlert(style: ValidationSpec['errorAlert']['style'], title: string, message: string): ValidationSpec['errorAlert'] {
  return { showAlert: true, style: style, title: title, message: clip(message, MAX_ERROR_MESSAGE) };
}

function quotedList(words: string[]): string {
  return words.map((w) => '“' + w + '”').join('');
}

/** Cell references of one data row (the range's first row), column absolute. */
interface RowRefs {
  cell: (key: ColumnKey) => string | null;
  nonEmpty: string;
}

function rowRefs(layout: RuleLayout): RowRefs {
  const cell = (key: ColumnKey): string | null => {
    const col = layout.columns[key];
    return col === undefined ? null : '$' + columnLetter(col) + layout.firstDataRow;
  };
  const parts: string[] = [];
  const problem = cell('problem');
  const measures = cell('measures');
  if (problem) parts.push(problem);
  if (measures) parts.push(measures);
  const nonEmpty =
    parts.length > 0
      ? 'TRIM(' + parts.join('&') + ')<>""'
      : 'COUNTA(' +
        rangeAddress(layout.firstCol, layout.firstDataRow, layout.lastCol, layout.firstDataRow).replace(/([A-Z]+)/g, '$$$1') +
        ')>0';
  return { cell: cell, nonEmpty: nonEmpty };
}

/** Full-width (ideographic) space, U+3000: the space a Chinese input method types. */
const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * A cell's text without spaces (ASCII and full-width), and without line breaks
 * when `lineBreaks` (CLEAN), as the core compares words after normalizeLabel.
 */
function spaceless(text: string, lineBreaks: boolean): string {
  const inner = lineBreaks ? 'CLEAN(' + text + ')' : text;
  return 'SUBSTITUTE(SUBSTITUTE(' + inner + '," ",""),"' + IDEOGRAPHIC_SPACE + '","")';
}

/**
 * TRUE when the status cell, without spaces and cut at its first bracket, is
 * one of words. FIND over a '|'-joined list keeps the formula short however
 * many synonyms there are, and never errors inside ISNUMBER.
 */
function statusIn(statusRef: string, words: string[]): string {
  const t = spaceless(statusRef, true);
  const key = 'LEFT(' + t + ',FIND("(",SUBSTITUTE(' + t + ',"（","(")&"(")-1)';
  const list = '|' + words.join('|') + '|';
  return 'ISNUMBER(FIND("|"&' + key + '&"|",' + quote(list) + '))';
}

/** One test per word: TRUE when the cell contains it (standing commitments may carry notes). */
function containsTests(ref: string, words: string[]): string[] {
  return words.map((w) => 'ISNUMBER(FIND(' + quote(w) + ',' + ref + '))');
}

/**
 * Containment tests for standing commitments, spaces dropped. A word that is
 * both a standing status and an ongoing deadline (长期坚持, 持续推进) is looked
 * for once, in status and deadline joined by '|' (no word holds one); a word
 * of one kind only in its own cell. Line breaks are kept: the default schema's
 * formula then stays within 255 characters.
 */
function standingTests(status: string | null, deadline: string | null, schema: Schema): string[] {
  const statusWords = status ? unique(schema.standingStatuses) : [];
  const deadlineWords = deadline ? unique(schema.ongoingDeadlines) : [];
  const both = statusWords.filter((w) => deadlineWords.indexOf(w) >= 0);
  const only = (words: string[]) => words.filter((w) => both.indexOf(w) < 0);
  // concat, not push(...): the core's ES5 library has no iterators to spread with.
  let tests: string[] = [];
  if (status && deadline) tests = tests.concat(containsTests(spaceless(status + '&"|"&' + deadline, false), both));
  if (status) tests = tests.concat(containsTests(spaceless(status, false), only(statusWords)));
  if (deadline) tests = tests.concat(containsTests(spaceless(deadline, false), only(deadlineWords)));
  return tests;
}

function and(parts: string[]): string {
  return parts.length === 1 ? parts[0] : 'AND(' + parts.join(',') + ')';
}

function or(parts: string[]): string {
  return parts.length === 1 ? parts[0] : 'OR(' + parts.join(',') + ')';
}

/**
 * The condition of each light for the range's first row, or null when the
 * layout lacks the columns it needs.
 *
 * A deadline is a date when it is a number in MIN_YEAR..MAX_YEAR; each light
 * states only the bound TODAY() does not already imply (TODAY() lies inside that
 * span). ISNUMBER keeps text out even though Excel ranks text above every number.
 * Day comparisons need no INT(): TODAY() is a whole number, so INT(d)<T ⇔ d<T and
 * a time of day is dropped as the core drops it, without the #VALUE! INT() raises
 * on text.
 */
function lightConditions(layout: RuleLayout, schema: Schema, warnDays: number): { [rule: string]: string | null } {
  const refs = rowRefs(layout);
  const status = refs.cell('status');
  const deadline = refs.cell('deadline');
  const afterWindow = 'TODAY()+' + (warnDays + 1);
  const standing = standingTests(status, deadline, schema);
  const byStatus = (name: Status): string | null => {
    const words = statusWords(schema, name);
    return status && words.length > 0 ? and([refs.nonEmpty, statusIn(status, words)]) : null;
  };
  return {
    grey: byStatus('已销号'),
    blue: byStatus('已完成'),
    'green-standing': standing.length > 0 ? and([refs.nonEmpty, or(standing)]) : null,
    green: deadline ? and([refs.nonEmpty, 'ISNUMBER(' + deadline + ')', deadline + '>=' + afterWindow, deadline + '<' + DATE_UNTIL]) : null,
    red: deadline ? and([refs.nonEmpty, 'ISNUMBER(' + deadline + ')', deadline + '>=' + DATE_FROM, deadline + '<TODAY()']) : null,
    amber: deadline ? and([refs.nonEmpty, 'ISNUMBER(' + deadline + ')', deadline + '>=TODAY()', deadline + '<' + afterWindow]) : null,
  };
}

/**
 * Empty required cells of non-empty rows, as the core's checks flag them;
 * 销号日期 is required once the item is 已销号. An empty 责任部门 is no error:
 * the core takes the department from the sheet or file name.
 */
function requiredSpecs(layout: RuleLayout, schema: Schema): FormatSpec[] {
  const refs = rowRefs(layout);
  const specs: FormatSpec[] = [];
  const add = (key: ColumnKey, conditions: string[]): void => {
    const col = layout.columns[key];
    if (col === undefined) return;
    specs.push({
      id: 'required-' + key,
      address: columnAddress(layout, col),
      formula: '=' + and(['TRIM(' + refs.cell(key) + ')=""'].concat(conditions)),
      fill: REQUIRED_EMPTY_FILL,
      stopIfTrue: false,
    });
  };
  for (let i = 0; i < schema.columns.length; i++) {
    const spec = schema.columns[i];
    if (spec.required && spec.key !== 'department') add(spec.key, [refs.nonEmpty]);
  }
  const status = refs.cell('status');
  const closedWords = statusWords(schema, '已销号');
  if (status && closedWords.length > 0) add('closedOn', [refs.nonEmpty, statusIn(status, closedWords)]);
  return specs;
}

/**
 * Conditional formats in priority order (first = highest): required-cell
 * highlights (stopIfTrue false, so the row's light still applies), then one
 * formula per light over the whole table width.
 */
export function formatSpecs(layout: RuleLayout, schema: Schema, warnDays: number): FormatSpec[] {
  if (!isFinite(warnDays)) throw new Error('warnDays must be a number');
  // The core compares whole days (daysLeft <= warnDays), so a fractional window acts as its floor.
  const conditions = lightConditions(layout, schema, Math.floor(warnDays));
  const specs = requiredSpecs(layout, schema);
  const address = rangeAddress(layout.firstCol, layout.firstDataRow, layout.lastCol, layout.lastRow);
  for (let i = 0; i < LIGHT_RULES.length; i++) {
    const rule = LIGHT_RULES[i];
    const condition = conditions[rule.name];
    if (condition === null) continue;
    specs.push({
      id: 'light-' + rule.name,
      address: address,
      formula: '=' + condition,
      fill: schema.colors[rule.light],
      stopIfTrue: true,
    });
  }
  return specs;
}

/** The 整改状态 dropdown's words: the four statuses, the extension words, then the standing-commitment words. */
export function statusChoices(schema: Schema): string[] {
  return unique(
    schema.statuses
      .map((s): string => s.name)
      .concat(schema.extensionStatuses.requested, schema.extensionStatuses.granted, schema.standingStatuses),
  );
}

/** The 问题类别 dropdown's words. */
export function categoryChoices(schema: Schema): string[] {
  return unique(schema.categories);
}

function statusValidation(layout: RuleLayout, schema: Schema, col: number): ValidationSpec {
  const source = listSource(statusChoices(schema));
  const shown = source.split(',').join('、');
  return {
    key: 'status',
    address: columnAddress(layout, col),
    rule: { list: { inCellDropDown: true, source: source } },
    prompt: inputPrompt(schema, 'status', '请从下拉列表选择：' + shown + '。已完成表示部门已整改完毕、待督查科销号；已销号由督查科填写。'),
    errorAlert: errorAlert('Stop', '整改状态无效', '整改状态只能是：' + shown + '。请从下拉列表选择。'),
    ignoreBlanks: true,
  };
}

function categoryValidation(layout: RuleLayout, schema: Schema, col: number): ValidationSpec | null {
  const source = listSource(categoryChoices(schema));
  if (source === '') return null;
  return {
    key: 'category',
    address: columnAddress(layout, col),
    rule: { list: { inCellDropDown: true, source: source } },
    prompt: inputPrompt(schema, 'category', '请从下拉列表选择问题类别；确需其他类别时可直接填写。'),
    errorAlert: errorAlert('Warning', '问题类别不在列表中', '该类别不在本台账的类别列表中。点“是”保留，点“否”重新填写。'),
    ignoreBlanks: true,
  };
}

function deadlineValidation(layout: RuleLayout, schema: Schema, col: number): ValidationSpec {
  const ref = '$' + columnLetter(col) + layout.firstDataRow;
  const words = unique(schema.ongoingDeadlines);
  const accepted = [and(['ISNUMBER(' + ref + ')', ref + '>=' + DATE_FROM, ref + '<' + DATE_UNTIL])].concat(containsTests(ref, words));
  const wordsText = words.length > 0 ? '，或' + quotedList(words) : '';
  return {
    key: 'deadline',
    address: columnAddress(layout, col),
    rule: { custom: { formula: '=' + or(accepted) } },
    prompt: inputPrompt(schema, 'deadline', '请输入完成日期（如 2023-6-30）' + wordsText + '。'),
    errorAlert: errorAlert(
      'Stop',
      '完成时限格式不对',
      '完成时限须为 ' + MIN_YEAR + '—' + MAX_YEAR + ' 年间的日期（如 2023-6-30）' + wordsText + '。',
    ),
    ignoreBlanks: true,
  };
}

function closedOnValidation(layout: RuleLayout, schema: Schema, col: number): ValidationSpec {
  const ref = '$' + columnLetter(col) + layout.firstDataRow;
  return {
    key: 'closedOn',
    address: columnAddress(layout, col),
    // Whole days, as the core compares them: today with a time of day (Ctrl+; then a time, or NOW()) is today.
    // DATE() and TODAY() follow the workbook's date system; a date string could be read US-style.
    rule: { custom: { formula: '=' + and(['ISNUMBER(' + ref + ')', ref + '>=' + DATE_FROM, ref + '<TODAY()+1']) } },
    prompt: inputPrompt(schema, 'closedOn', '督查科销号时填写销号日期（如 2023-7-15），不得晚于今天。'),
    errorAlert: errorAlert('Stop', '销号日期无效', '销号日期须为 ' + MIN_YEAR + ' 年以后、不晚于今天的日期（如 2023-7-15）。'),
    ignoreBlanks: true,
  };
}

/** Validation for each of 整改状态, 问题类别, 完成时限, 销号日期 that the layout has. */
export function validationSpecs(layout: RuleLayout, schema: Schema): ValidationSpec[] {
  const specs: ValidationSpec[] = [];
  const status = layout.columns.status;
  const category = layout.columns.category;
  const deadline = layout.columns.deadline;
  const closedOn = layout.columns.closedOn;
  if (status !== undefined) specs.push(statusValidation(layout, schema, status));
  if (category !== undefined) {
    const spec = categoryValidation(layout, schema, category);
    if (spec) specs.push(spec);
  }
  if (deadline !== undefined) specs.push(deadlineValidation(layout, schema, deadline));
  if (closedOn !== undefined) specs.push(closedOnValidation(layout, schema, closedOn));
  return specs;
}
