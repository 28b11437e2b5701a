// The ledger template: the form the 督查科 sends each department. Sheet 整改台账 validates and
// colours itself with the rules 套用台账规范 writes (the core's rule builders), 填表说明 says how
// to fill it, and the hidden 字典 sheet holds the dropdown lists and the template's stamp.
import { columnLetter } from '../../ledger/cells';
import {
  categoryChoices,
  FormatSpec,
  formatSpecs,
  RuleLayout,
  statusChoices,
  ValidationSpec,
  validationSpecs,
} from '../../ledger/excel-rules';
import { formColumns, LIGHTS, LIGHT_MEANINGS, LIGHT_NAMES, Schema } from '../../ledger/schema';
import { stampRows, TEMPLATE_SHEET, TemplateStamp } from '../../ledger/template-stamp';
import { ColumnKey } from '../../ledger/types';
import { CellStyle, DefinedName, OutCell, OutSheet, WebExtension } from '../xlsx-writer';
import { templateSettings } from './addin-settings';
import { instructionsSheet } from './instructions';
import { rememberedFormat, rememberedValidation, xlsxConditionalFormat, xlsxValidation } from './rules';

/** The ledger sheet: 整改台账, after the department when there is one (the merge takes an empty 责任部门 from it). */
export function ledgerSheetName(department: string): string {
  return department + '整改台账';
}
/** Excel's last row: the light formulas cover rows typed below the prepared ones, as 套用台账规范's do. */
const SHEET_LAST_ROW = 1048576;
/**
 * What Excel calls a workbook's first sheet when the file names no id of its own: the template
 * names its ledger sheet so, and every Excel reports the same id for it.
 */
export const LEDGER_SHEET_ID = '{00000000-0001-0000-0000-000000000000}';
const HEADER_ROW = 2;

// Wide enough to write in; 12 columns still print on one A4 landscape page (about 80%).
const COLUMN_WIDTHS: { [K in ColumnKey]: number } = {
  id: 5,
  category: 11,
  problem: 30,
  measures: 30,
  department: 11,
  owner: 9,
  leader: 9,
  deadline: 12,
  progress: 24,
  status: 10,
  closedOn: 13,
  notes: 14,
  originalDeadline: 12,
};

const TITLE: CellStyle = { bold: true, fontSize: 16 };
const BODY: CellStyle = { border: true, wrap: true, vAlign: 'top' };
const DATE: CellStyle = { numFmt: 'yyyy-mm-dd' };
const DATE_COLUMNS: ColumnKey[] = ['deadline', 'closedOn'];
/** The legend's swatches stand over these columns, widest enough for their words. */
const LEGEND_FROM: ColumnKey = 'deadline';

/** The dropdowns' words, each a column of the 字典 sheet under a defined name. */
const LISTS: { key: ColumnKey; header: string; name: string; words: (schema: Schema) => string[] }[] = [
  { key: 'status', header: '整改状态', name: '整改状态列表', words: statusChoices },
  { key: 'category', header: '问题类别', name: '问题类别列表', words: categoryChoices },
];
/** The lists start in column D, after the stamp and a gap. */
const FIRST_LIST_COLUMN = 3;

export interface TemplateSpec {
  schema: Schema;
  /** The --config file's JSON ({} without one). */
  configJson: { [key: string]: unknown };
  /** "问题整改台账"; the department goes before it. */
  title: string;
  stamp: TemplateStamp;
  /** Data rows prepared below the header. */
  rows: number;
  sendTo: string;
  /** The add-in to attach, given its settings; none when its manifest is not at hand. */
  addin?: (settings: { [name: string]: unknown }) => WebExtension;
}

export interface TemplateWorkbook {
  sheets: OutSheet[];
  names: DefinedName[];
  webExtension?: WebExtension;
  /** docProps title. */
  title: string;
}

function columnsOf(schema: Schema): { [K in ColumnKey]?: number } {
  const out: { [K in ColumnKey]?: number } = {};
  formColumns(schema).forEach((c, i) => {
    out[c.key] = i;
  });
  return out;
}

/** Columns in the schema's (standard) order; the core's rules are laid out over them. */
function layout(schema: Schema, lastRow: number): RuleLayout {
  return { columns: columnsOf(schema), firstDataRow: HEADER_ROW + 2, lastRow, firstCol: 0, lastCol: formColumns(schema).length - 1 };
}

function unitRow(spec: TemplateSpec): OutCell[] {
  const row: OutCell[] = ['填报单位：' + spec.stamp.department];
  const from = formColumns(spec.schema).findIndex((c) => c.key === LEGEND_FROM);
  row[from - 1] = { v: '整行颜色：', s: { hAlign: 'right' } };
  LIGHTS.forEach((light, i) => {
    const meaning = light === 'amber' ? LIGHT_MEANINGS.amber + '（' + spec.schema.warnDays + '天内到期）' : LIGHT_MEANINGS[light];
    row[from + i] = {
      v: LIGHT_NAMES[light] + '：' + meaning,
      s: { fill: spec.schema.colors[light], border: true, hAlign: 'center', wrap: true },
    };
  });
  return row;
}

function ledgerSheet(
  spec: TemplateSpec,
  lists: { [K in ColumnKey]?: string },
): { sheet: OutSheet; formats: FormatSpec[]; validations: ValidationSpec[] } {
  const { schema } = spec;
  const dateCell: OutCell[] = formColumns(schema).map((c) => (DATE_COLUMNS.indexOf(c.key) >= 0 ? { v: null, s: DATE } : null));
  const rows: OutCell[][] = [
    [{ v: spec.stamp.department + spec.title, s: TITLE }],
    unitRow(spec),
    formColumns(schema).map((c) => c.header),
  ];
  const rowStyles: (CellStyle | undefined)[] = [undefined, undefined, undefined];
  for (let i = 0; i < spec.rows; i++) {
    rows.push(dateCell);
    rowStyles.push(BODY);
  }
  const formats = formatSpecs(layout(schema, SHEET_LAST_ROW), schema, schema.warnDays);
  const validations = validationSpecs(layout(schema, HEADER_ROW + 1 + spec.rows), schema);
  const sheet: OutSheet = {
    name: ledgerSheetName(spec.stamp.department),
    rows,
    rowStyles,
    colWidths: formColumns(schema).map((c) => COLUMN_WIDTHS[c.key]),
    headerRow: HEADER_ROW,
    landscape: true,
    borders: true,
    refitRows: true,
    uid: LEDGER_SHEET_ID,
    conditionalFormats: formats.map(xlsxConditionalFormat),
    validations: validations.map((v) => xlsxValidation(v, lists)),
  };
  return { sheet, formats, validations };
}

/** The 字典 sheet: the stamp, then one column per dropdown list; and the lists' defined names. */
function dictionary(spec: TemplateSpec): { sheet: OutSheet; names: DefinedName[]; refs: { [K in ColumnKey]?: string } } {
  const rows: OutCell[][] = stampRows(spec.stamp).map((r) => r.slice() as OutCell[]);
  const names: DefinedName[] = [];
  const refs: { [K in ColumnKey]?: string } = {};
  LISTS.forEach((list, i) => {
    const words = list.words(spec.schema);
    if (words.length === 0) return;
    const col = FIRST_LIST_COLUMN + i;
    [list.header].concat(words).forEach((w, r) => {
      if (!rows[r]) rows[r] = [];
      rows[r][col] = w;
    });
    const letter = columnLetter(col);
    names.push({ name: list.name, ref: `'${TEMPLATE_SHEET}'!$${letter}$2:$${letter}$${words.length + 1}` });
    refs[list.key] = list.name;
  });
  return { sheet: { name: TEMPLATE_SHEET, rows, colWidths: [10, 20, 2, 16, 16], hidden: true }, names, refs };
}

export function templateWorkbook(spec: TemplateSpec): TemplateWorkbook {
  const dict = dictionary(spec);
  const ledger = ledgerSheet(spec, dict.refs);
  const rules = { formats: ledger.formats.map(rememberedFormat), validations: ledger.validations.map(rememberedValidation) };
  const settings = templateSettings(spec.configJson, spec.schema, LEDGER_SHEET_ID, rules);
  return {
    sheets: [ledger.sheet, instructionsSheet(spec.schema, spec.sendTo, spec.stamp), dict.sheet],
    names: dict.names,
    webExtension: spec.addin ? spec.addin(settings) : undefined,
    title: spec.stamp.department + spec.title,
  };
}
