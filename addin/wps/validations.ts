// Data validation through the ET model: Validation.Add(Type, AlertStyle, Operator, Formula1, Formula2)
// from the core's specs (written in Office.js's rule shape), and the add-in's earlier ones removed.
import { ValidationSpec } from '../../ledger/excel-rules';
import { RememberedValidation } from '../settings';
import { anchorAt } from './anchor';
import { EtWorksheet, XlDVAlertStyle, XlDVType, XlOperator } from './et-types';

/** Office.js rule keys → XlDVType; the names are what the add-in remembers, as in Excel. */
const RULE_TYPES: { [key: string]: { type: number; name: string } } = {
  wholeNumber: { type: XlDVType.WholeNumber, name: 'WholeNumber' },
  decimal: { type: XlDVType.Decimal, name: 'Decimal' },
  list: { type: XlDVType.List, name: 'List' },
  date: { type: XlDVType.Date, name: 'Date' },
  time: { type: XlDVType.Time, name: 'Time' },
  textLength: { type: XlDVType.TextLength, name: 'TextLength' },
  custom: { type: XlDVType.Custom, name: 'Custom' },
};

const OPERATORS: { [name: string]: number } = {
  Between: XlOperator.Between,
  NotBetween: XlOperator.NotBetween,
  EqualTo: XlOperator.Equal,
  NotEqualTo: XlOperator.NotEqual,
  GreaterThan: XlOperator.Greater,
  LessThan: XlOperator.Less,
  GreaterThanOrEqualTo: XlOperator.GreaterEqual,
  LessThanOrEqualTo: XlOperator.LessEqual,
};

const ALERT_STYLES: { [style: string]: number } = {
  Stop: XlDVAlertStyle.Stop,
  Warning: XlDVAlertStyle.Warning,
  Information: XlDVAlertStyle.Information,
};

interface AddArgs {
  key: string;
  operator?: number;
  formula1: string;
  formula2?: string;
  inCellDropdown: boolean;
}

/** Validation.Add's arguments for an Office.js-shaped rule ({ list: { source } }, { custom: { formula } } …). */
export function addArgs(rule: { [key: string]: { [field: string]: unknown } }): AddArgs {
  const key = Object.keys(rule).filter((k) => Object.prototype.hasOwnProperty.call(RULE_TYPES, k) && rule[k])[0];
  if (!key) throw new Error('unknown validation rule ' + JSON.stringify(rule));
  const body = rule[key];
  if (key === 'list') return { key: key, formula1: String(body.source), inCellDropdown: body.inCellDropDown !== false };
  if (key === 'custom') return { key: key, formula1: String(body.formula), inCellDropdown: false };
  const operator = OPERATORS[String(body.operator)];
  if (operator === undefined) throw new Error('unknown validation operator ' + String(body.operator));
  return {
    key: key,
    operator: operator,
    formula1: String(body.formula1),
    formula2: body.formula2 === undefined || body.formula2 === null ? undefined : String(body.formula2),
    inCellDropdown: false,
  };
}

/** Writes each spec on its range, replacing what validation the range had: the add-in owns those cells. */
export function writeValidations(sheet: EtWorksheet, specs: ValidationSpec[]): RememberedValidation[] {
  const made: RememberedValidation[] = [];
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i];
    const args = addArgs(s.rule);
    const range = sheet.Range(s.address);
    const v = range.Validation;
    v.Delete();
    anchorAt(range);
    v.Add(RULE_TYPES[args.key].type, ALERT_STYLES[s.errorAlert.style], args.operator, args.formula1, args.formula2);
    v.IgnoreBlank = s.ignoreBlanks;
    if (args.key === 'list') v.InCellDropdown = args.inCellDropdown;
    v.ShowInput = s.prompt.showPrompt;
    v.InputTitle = s.prompt.title;
    v.InputMessage = s.prompt.message;
    v.ShowError = s.errorAlert.showAlert;
    v.ErrorTitle = s.errorAlert.title;
    v.ErrorMessage = s.errorAlert.message;
    made.push({ address: s.address, type: RULE_TYPES[args.key].name, title: s.prompt.title });
  }
  return made;
}

function typeName(type: number): string {
  const keys = Object.keys(RULE_TYPES);
  for (let i = 0; i < keys.length; i++) if (RULE_TYPES[keys[i]].type === type) return RULE_TYPES[keys[i]].name;
  return '';
}

/** Removes the remembered validations still there as the add-in wrote them; returns how many. */
export function removeValidations(sheet: EtWorksheet, remembered: RememberedValidation[]): number {
  let removed = 0;
  for (let i = 0; i < remembered.length; i++) {
    const at = remembered[i];
    const v = sheet.Range(at.address).Validation;
    let type: number;
    let title: string;
    try {
      type = v.Type;
      title = v.InputTitle;
    } catch {
      // No validation there any more, or mixed ones: none of them is wholly ours.
      continue;
    }
    if (typeName(type) !== at.type || (at.title !== undefined && title !== at.title)) continue;
    v.Delete();
    removed++;
  }
  return removed;
}
