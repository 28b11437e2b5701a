// The ledger rules of the core (ledger/excel-rules.ts), the ones 套用台账规范 writes through
// Office.js, as the xlsx writer's data validation and conditional formats — and as the add-in
// remembers them in the document's settings.
import { FormatSpec, ValidationRule, ValidationSpec } from '../../ledger/excel-rules';
import { ColumnKey } from '../../ledger/types';
import type { RememberedFormat, RememberedValidation } from '../../addin/settings';
import { ConditionalFormat, DataValidation } from '../xlsx-writer';

type Kind = keyof ValidationRule;

/** Each Office.js rule kind the core writes: its xlsx type and the DataValidation.type Excel reports. */
const KINDS: { [K in Kind]-?: { xlsx: DataValidation['type']; office: string } } = {
  list: { xlsx: 'list', office: 'List' },
  custom: { xlsx: 'custom', office: 'Custom' },
};

const ERROR_STYLES: { [style: string]: 'stop' | 'warning' | 'information' } = {
  Stop: 'stop',
  Warning: 'warning',
  Information: 'information',
};

function bare(formula: string): string {
  return formula.charAt(0) === '=' ? formula.slice(1) : formula;
}

function ruleKind(spec: ValidationSpec): Kind {
  const kinds = Object.keys(spec.rule).filter((k) => spec.rule[k as Kind]);
  if (kinds.length !== 1 || !Object.prototype.hasOwnProperty.call(KINDS, kinds[0])) {
    throw new Error('unsupported validation rule for ' + spec.key + ': ' + kinds.join(','));
  }
  return kinds[0] as Kind;
}

/**
 * A core validation as xlsx. A list takes its words from `lists` (a range or a defined name
 * per column) instead of the inline source, which Excel caps at 255 characters and splits at commas.
 */
export function xlsxValidation(spec: ValidationSpec, lists: { [K in ColumnKey]?: string }): DataValidation {
  const out: DataValidation = { sqref: spec.address, type: KINDS[ruleKind(spec)].xlsx, formula1: '', allowBlank: spec.ignoreBlanks };
  const custom = spec.rule.custom;
  if (custom) out.formula1 = bare(custom.formula);
  else {
    const source = lists[spec.key];
    if (!source) throw new Error('no list source for ' + spec.key);
    out.formula1 = source;
  }
  if (spec.prompt.showPrompt) out.prompt = { title: spec.prompt.title, message: spec.prompt.message };
  if (spec.errorAlert.showAlert) {
    out.error = { style: ERROR_STYLES[spec.errorAlert.style], title: spec.errorAlert.title, message: spec.errorAlert.message };
  }
  return out;
}

export function xlsxConditionalFormat(spec: FormatSpec): ConditionalFormat {
  return { sqref: spec.address, formula: bare(spec.formula), fill: spec.fill, fontColor: spec.fontColor, stopIfTrue: spec.stopIfTrue };
}

/** What 套用台账规范 remembers of a validation it wrote. */
export function rememberedValidation(spec: ValidationSpec): RememberedValidation {
  return { address: spec.address, type: KINDS[ruleKind(spec)].office, title: spec.prompt.title };
}

/** What 套用台账规范 remembers of a conditional format it wrote. */
export function rememberedFormat(spec: FormatSpec): RememberedFormat {
  return { address: spec.address, formula: spec.formula };
}
