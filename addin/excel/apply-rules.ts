// 套用台账规范: finds the ledger header on the active sheet and writes, below it to the last row
// of the sheet, the data validation and conditional formats of ledger/excel-rules, a frozen
// header and an AutoFilter — each only where this Excel supports it. Values are never written.
//
// Round trips do not grow with the rows: (1) read the sheet, its conditional formats' types and
// AutoFilter state; (2) when the sheet has custom formats or remembered validations, load those
// formats' formulas and ranges and the old validations' types; (3) write everything in one batch.
import { cellText, rangeAddress } from '../../ledger/cells';
import { compileSchema } from '../../ledger/compile';
import { FormatSpec, formatSpecs, RuleLayout, validationSpecs } from '../../ledger/excel-rules';
import { detectHeader, HeaderMatch } from '../../ledger/header';
import { Schema } from '../../ledger/schema';
import { SheetGrid } from '../../ledger/types';
import { Capabilities, missingSetupFeatures, SETUP_FEATURES, SetupFeature } from '../capabilities';
import { isOverdueSheet, RememberedFormat, RememberedRules, RememberedValidation, rememberedRules, rememberRules, SettingsStore } from '../settings';
import { activeSheet, readSheet } from './read-sheet';

/** Excel's last row: rules cover rows typed later. */
export const SHEET_LAST_ROW = 1048576;

export interface SetupOptions {
  caps: Capabilities;
  schema: Schema;
  warnDays: number;
  store: SettingsStore;
}

export interface SetupResult {
  sheet: string;
  /** null: no ledger header on the sheet, or the sheet is the add-in's 逾期清单; nothing was written. */
  header: HeaderMatch | null;
  /** The active sheet is the add-in's own 逾期清单. */
  overdueSheet: boolean;
  validations: number;
  formats: number;
  frozen: boolean;
  autoFilter: boolean;
  /** The add-in's own rules of an earlier run that were replaced. */
  replacedFormats: number;
  replacedValidations: number;
  /** Features this Excel lacks, so they were skipped. */
  missing: SetupFeature[];
}

/** 'Sheet1!$A$3:$L$1048576' → 'A3:L1048576', for comparing addresses as Excel returns them. */
function bareAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').toUpperCase();
}

/** Excel may re-space or re-case a formula it returns; compare without either. */
function formulaKey(formula: string): string {
  return formula.replace(/\s+/g, '').toUpperCase();
}

/** Office.js rule shape → the DataValidation.type Excel reports for it. */
function validationType(rule: { [key: string]: unknown }): string {
  const names: { [key: string]: string } = {
    wholeNumber: 'WholeNumber',
    decimal: 'Decimal',
    list: 'List',
    date: 'Date',
    time: 'Time',
    textLength: 'TextLength',
    custom: 'Custom',
  };
  const keys = Object.keys(rule);
  for (let i = 0; i < keys.length; i++) if (names[keys[i]] && rule[keys[i]]) return names[keys[i]];
  return 'Inconsistent';
}

/** The table's first and last columns: the non-empty cells of its header row(s). */
export function tableLayout(grid: SheetGrid, header: HeaderMatch, lastRow: number): RuleLayout {
  const firstRow = grid.firstRow || 0;
  const firstCol = grid.firstCol || 0;
  let lo = -1;
  let hi = -1;
  const keys = Object.keys(header.columns) as (keyof HeaderMatch['columns'])[];
  for (let i = 0; i < keys.length; i++) {
    const c = header.columns[keys[i]] as number;
    if (lo < 0 || c < lo) lo = c;
    if (c > hi) hi = c;
  }
  for (let r = header.row - 1; r <= header.lastRow - 1; r++) {
    const row = grid.rows[r - firstRow] || [];
    for (let i = 0; i < row.length; i++) {
      if (cellText(row[i]) === '') continue;
      const c = firstCol + i;
      if (lo < 0 || c < lo) lo = c;
      if (c > hi) hi = c;
    }
  }
  return { columns: header.columns, firstDataRow: header.lastRow + 1, lastRow: lastRow, firstCol: lo, lastCol: hi };
}

interface Found {
  formats: Excel.ConditionalFormatCollection | null;
  filter: Excel.AutoFilter | null;
}

interface OldRules {
  formats: { cf: Excel.ConditionalFormat; range: Excel.Range }[];
  validations: { at: RememberedValidation; dv: Excel.DataValidation }[];
}

function rememberedFormatKeys(list: RememberedFormat[]): { [key: string]: boolean } {
  const keys: { [key: string]: boolean } = {};
  for (let i = 0; i < list.length; i++) keys[bareAddress(list[i].address) + '|' + formulaKey(list[i].formula)] = true;
  return keys;
}

/**
 * Round trip 2: what is needed to recognise the add-in's earlier rules — the remembered ones, and
 * any format identical to one about to be written (rows inserted above the table shift a rule's
 * range and formula away from what was remembered; re-adding it would stack a duplicate).
 */
async function loadOldRules(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  found: Found,
  before: RememberedRules,
  next: RememberedFormat[],
  opts: SetupOptions,
): Promise<OldRules> {
  const old: OldRules = { formats: [], validations: [] };
  const customs: { cf: Excel.ConditionalFormat; range: Excel.Range }[] = [];
  if (found.formats) {
    const items = found.formats.items;
    for (let i = 0; i < items.length; i++) {
      if (items[i].type !== 'Custom') continue;
      items[i].custom.rule.load('formula');
      const range = items[i].getRangeOrNullObject();
      range.load('address');
      customs.push({ cf: items[i], range: range });
    }
  }
  const validations: { at: RememberedValidation; dv: Excel.DataValidation }[] = [];
  if (opts.caps.dataValidation) {
    for (let i = 0; i < before.validations.length; i++) {
      const dv = sheet.getRange(before.validations[i].address).dataValidation;
      dv.load('type,prompt');
      validations.push({ at: before.validations[i], dv: dv });
    }
  }
  if (customs.length === 0 && validations.length === 0) return old;
  await context.sync();
  const keys = rememberedFormatKeys(before.formats.concat(next));
  for (let i = 0; i < customs.length; i++) {
    const c = customs[i];
    if (c.range.isNullObject) continue;
    if (keys[bareAddress(c.range.address) + '|' + formulaKey(c.cf.custom.rule.formula)]) old.formats.push(c);
  }
  for (let i = 0; i < validations.length; i++) {
    const v = validations[i];
    const title = v.at.title;
    if (v.dv.type === v.at.type && (title === undefined || (v.dv.prompt && v.dv.prompt.title === title))) old.validations.push(v);
  }
  return old;
}

function writeValidations(sheet: Excel.Worksheet, layout: RuleLayout, schema: Schema): RememberedValidation[] {
  const specs = validationSpecs(layout, schema);
  const made: RememberedValidation[] = [];
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i];
    const dv = sheet.getRange(s.address).dataValidation;
    // The add-in owns these body cells of its columns: one validation per cell, ours.
    dv.clear();
    dv.rule = s.rule;
    dv.prompt = s.prompt;
    dv.errorAlert = s.errorAlert;
    dv.ignoreBlanks = s.ignoreBlanks;
    made.push({ address: s.address, type: validationType(s.rule), title: s.prompt.title });
  }
  return made;
}

function writeFormats(sheet: Excel.Worksheet, specs: FormatSpec[]): RememberedFormat[] {
  const made: RememberedFormat[] = [];
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i];
    const cf = sheet.getRange(s.address).conditionalFormats.add('Custom');
    cf.custom.rule.formula = s.formula;
    if (s.fill) cf.custom.format.fill.color = s.fill;
    if (s.fontColor) cf.custom.format.font.color = s.fontColor;
    cf.stopIfTrue = s.stopIfTrue;
    // Ours first, in the specs' order, above any rule the user made.
    cf.priority = i;
    made.push({ address: s.address, formula: s.formula });
  }
  return made;
}

/** Runs 套用台账规范 on the active sheet. */
export async function setupLedger(context: Excel.RequestContext, opts: SetupOptions): Promise<SetupResult> {
  const caps = opts.caps;
  const sheet = activeSheet(context);
  const found: Found = { formats: null, filter: null };
  const snapshot = await readSheet(context, sheet, caps, () => {
    found.formats = null;
    found.filter = null;
    if (caps.conditionalFormats) {
      found.formats = sheet.getRange().conditionalFormats;
      found.formats.load('items/type');
    }
    if (caps.autoFilter) {
      found.filter = sheet.autoFilter;
      found.filter.load('enabled');
    }
  });
  const overdueSheet = isOverdueSheet(opts.store, snapshot.sheetId);
  const result: SetupResult = {
    sheet: snapshot.grid.name,
    header: overdueSheet ? null : detectHeader(snapshot.grid, compileSchema(opts.schema)),
    overdueSheet: overdueSheet,
    validations: 0,
    formats: 0,
    frozen: false,
    autoFilter: false,
    replacedFormats: 0,
    replacedValidations: 0,
    missing: missingSetupFeatures(caps),
  };
  const header = result.header;
  if (!header) return result;

  const layout = tableLayout(snapshot.grid, header, SHEET_LAST_ROW);
  const formats = caps.conditionalFormats ? formatSpecs(layout, opts.schema, opts.warnDays) : [];
  const next = formats.map((f) => ({ address: f.address, formula: f.formula }));
  const before = rememberedRules(opts.store, snapshot.sheetId);
  const old = await loadOldRules(context, sheet, found, before, next, opts);
  for (let i = 0; i < old.formats.length; i++) old.formats[i].cf.delete();
  for (let i = 0; i < old.validations.length; i++) old.validations[i].dv.clear();

  const after: RememberedRules = {
    formats: caps.conditionalFormats ? writeFormats(sheet, formats) : before.formats,
    validations: caps.dataValidation ? writeValidations(sheet, layout, opts.schema) : before.validations,
  };
  if (caps.freezePanes) sheet.freezePanes.freezeRows(header.lastRow);
  // An AutoFilter already there may hold the user's criteria: leave it.
  const addFilter = found.filter !== null && !found.filter.enabled;
  if (addFilter) {
    const lastRow = Math.max(snapshot.lastRow + 1, header.lastRow + 1);
    sheet.autoFilter.apply(sheet.getRange(rangeAddress(layout.firstCol, header.lastRow, layout.lastCol, lastRow)));
  }
  // ExcelApi 1.1 has none of these features: then there is nothing to send.
  if (result.missing.length < SETUP_FEATURES.length) await context.sync();

  rememberRules(opts.store, snapshot.sheetId, after);
  await opts.store.save();
  result.validations = caps.dataValidation ? after.validations.length : 0;
  result.formats = caps.conditionalFormats ? after.formats.length : 0;
  result.frozen = caps.freezePanes;
  result.autoFilter = addFilter;
  result.replacedFormats = old.formats.length;
  result.replacedValidations = old.validations.length;
  return result;
}
