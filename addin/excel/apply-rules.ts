// Writes a RulesPlan on the active sheet with Office.js: the data validation and conditional formats
// down to the last row of the sheet, a frozen header and an AutoFilter — each only where this Excel
// supports it — replacing the add-in's own rules of an earlier run. Values are never written.
//
// Round trips do not grow with the rows: (1) read the sheet, its conditional formats' types and
// AutoFilter state; (2) when the sheet has custom formats or remembered validations, load those
// formats' formulas and ranges and the old validations' types; (3) write everything in one batch.
import { FormatSpec, ValidationSpec } from '../../ledger/excel-rules';
import { Capabilities, missingSetupFeatures, SETUP_FEATURES } from '../capabilities';
import { RulesPlan, RulesWritten, SheetRead } from '../host';
import { RememberedFormat, RememberedRules, RememberedValidation, rememberedRules, rememberRules, SettingsStore } from '../settings';
import { activeSheet, readSheet } from './read-sheet';

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
  caps: Capabilities,
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
  if (caps.dataValidation) {
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

function writeValidations(sheet: Excel.Worksheet, specs: ValidationSpec[]): RememberedValidation[] {
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

/**
 * Reads the active sheet, asks `plan` for its rules and writes them (see LedgerHost.applyRules).
 * What was written is remembered in the document settings, by sheet id, for the next run to replace.
 */
export async function applyRules(
  context: Excel.RequestContext,
  plan: (read: SheetRead) => RulesPlan | null,
  caps: Capabilities,
  store: SettingsStore,
): Promise<{ read: SheetRead; written: RulesWritten | null }> {
  const sheet = activeSheet(context);
  const found: Found = { formats: null, filter: null };
  const read = await readSheet(context, sheet, caps, () => {
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
  const rules = plan(read);
  if (!rules) return { read: read, written: null };

  const next = caps.conditionalFormats ? rules.formats.map((f) => ({ address: f.address, formula: f.formula })) : [];
  const before = rememberedRules(store, read.sheet.id);
  const old = await loadOldRules(context, sheet, found, before, next, caps);
  for (let i = 0; i < old.formats.length; i++) old.formats[i].cf.delete();
  for (let i = 0; i < old.validations.length; i++) old.validations[i].dv.clear();

  const after: RememberedRules = {
    formats: caps.conditionalFormats ? writeFormats(sheet, rules.formats) : before.formats,
    validations: caps.dataValidation ? writeValidations(sheet, rules.validations) : before.validations,
  };
  if (caps.freezePanes) sheet.freezePanes.freezeRows(rules.freezeRows);
  // An AutoFilter already there may hold the user's criteria: leave it.
  const addFilter = found.filter !== null && !found.filter.enabled;
  if (addFilter) sheet.autoFilter.apply(sheet.getRange(rules.filterAddress));
  // ExcelApi 1.1 has none of these features: then there is nothing to send.
  if (missingSetupFeatures(caps).length < SETUP_FEATURES.length) await context.sync();

  rememberRules(store, read.sheet.id, after);
  await store.save();
  return {
    read: read,
    written: {
      validations: caps.dataValidation ? after.validations.length : 0,
      formats: caps.conditionalFormats ? after.formats.length : 0,
      frozen: caps.freezePanes,
      autoFilter: addFilter,
      replacedFormats: old.formats.length,
      replacedValidations: old.validations.length,
    },
  };
}
