// Data validation stored per rectangle (never per cell), split and replaced the way Excel does when
// a rule, prompt or alert is set on part of an existing validation area.
import { Rect, intersect, subtract, subtractAll } from './address';
import { ExcelEnums } from './enums';
import { ErrorCodes, hostError } from './errors';
import { checkRuleFormula } from './formula-syntax';

export interface ValidationSettings {
  rule: { [type: string]: unknown } | null;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ValidationEntry extends ValidationSettings {
  rect: Rect;
}

/** The kinds a rule may hold: every DataValidationType but those Excel only reports (none, inconsistent, mixed). */
const RULE_TYPES: { [key: string]: string } = {};
for (const [key, type] of Object.entries(ExcelEnums.DataValidationType)) {
  if (key !== 'none' && key !== 'inconsistent' && key !== 'mixedCriteria') RULE_TYPES[key] = type;
}

/** Excel's own limits on validation text (characters). */
const LIMITS = { formula: 255, promptTitle: 32, promptMessage: 255, alertTitle: 32, alertMessage: 225 };

function defaults(): ValidationSettings {
  return {
    rule: null,
    prompt: { showPrompt: false, title: '', message: '' },
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    ignoreBlanks: true,
  };
}

/** A deep copy, so neither the add-in's object nor a loaded value shares state with the model. */
export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function bad(message: string): Error {
  return hostError(ErrorCodes.invalidArgument, message);
}

function checkLength(text: unknown, max: number, what: string): void {
  if (typeof text === 'string' && text.length > max) throw bad(what + ' exceeds ' + max + ' characters.');
}

/** A criterion within Excel's limit; one starting with '=' (or a custom rule's) must be a formula Excel accepts. */
function checkCriterion(text: unknown, what: string, alwaysFormula = false): void {
  checkLength(text, LIMITS.formula, what);
  if (typeof text === 'string' && (alwaysFormula || text.charAt(0) === '=')) checkRuleFormula(text, what);
}

/** Checks a DataValidationRule as Excel does: exactly one criteria type, formulas within Excel's limit. */
export function checkRule(rule: unknown): { [type: string]: unknown } {
  if (!rule || typeof rule !== 'object') throw bad('The data validation rule is missing.');
  const keys = Object.keys(rule as object).filter(
    (k) => (rule as { [k: string]: unknown })[k] !== undefined && (rule as { [k: string]: unknown })[k] !== null,
  );
  if (keys.length !== 1 || !RULE_TYPES[keys[0]])
    throw bad('A data validation rule must have exactly one of ' + Object.keys(RULE_TYPES).join('/') + '.');
  const body = (rule as { [k: string]: { [k: string]: unknown } })[keys[0]];
  if (!body || typeof body !== 'object') throw bad('The data validation criteria are missing.');
  if (keys[0] === 'list') {
    if (typeof body.source !== 'string' || body.source === '') throw bad('A list rule needs a source.');
    checkCriterion(body.source, 'the list source');
  } else if (keys[0] === 'custom') {
    if (typeof body.formula !== 'string' || body.formula === '') throw bad('A custom rule needs a formula.');
    checkCriterion(body.formula, 'the custom formula', true);
  } else {
    if (typeof body.operator !== 'string') throw bad('The rule needs an operator.');
    if (body.formula1 === undefined || body.formula1 === null || body.formula1 === '') throw bad('The rule needs formula1.');
    checkCriterion(body.formula1, 'formula1');
    checkCriterion(body.formula2, 'formula2');
  }
  return clone(rule as { [type: string]: unknown });
}

export function checkPrompt(p: { showPrompt?: boolean; title?: string; message?: string }): void {
  checkLength(p.title, LIMITS.promptTitle, 'The prompt title');
  checkLength(p.message, LIMITS.promptMessage, 'The prompt message');
}

export function checkAlert(a: { showAlert?: boolean; style?: string; title?: string; message?: string }): void {
  checkLength(a.title, LIMITS.alertTitle, 'The error alert title');
  checkLength(a.message, LIMITS.alertMessage, 'The error alert message');
  if (a.style !== undefined && ['Stop', 'Warning', 'Information'].indexOf(a.style) < 0)
    throw bad('Unknown error alert style ' + a.style + '.');
}

/** Applies patch to every cell of x: covered parts keep their other settings, uncovered parts start from defaults. */
export function updateValidation(entries: ValidationEntry[], x: Rect, patch: (s: ValidationSettings) => void): ValidationEntry[] {
  const out: ValidationEntry[] = [];
  let uncovered: Rect[] = [x];
  for (const e of entries) {
    const cut = intersect(e.rect, x);
    if (!cut) {
      out.push(e);
      continue;
    }
    for (const piece of subtract(e.rect, x)) out.push({ ...clone(settingsOf(e)), rect: piece });
    const inside: ValidationEntry = { ...clone(settingsOf(e)), rect: cut };
    patch(inside);
    out.push(inside);
    uncovered = subtractAll(uncovered, cut);
  }
  for (const piece of uncovered) {
    const fresh: ValidationEntry = { ...defaults(), rect: piece };
    patch(fresh);
    out.push(fresh);
  }
  return out;
}

export function clearValidation(entries: ValidationEntry[], x: Rect): ValidationEntry[] {
  const out: ValidationEntry[] = [];
  for (const e of entries) for (const piece of subtract(e.rect, x)) out.push({ ...clone(settingsOf(e)), rect: piece });
  return out;
}

function settingsOf(e: ValidationSettings): ValidationSettings {
  return { rule: e.rule, prompt: e.prompt, errorAlert: e.errorAlert, ignoreBlanks: e.ignoreBlanks };
}

/** The settings shared by all of x, or null when x has none or mixed ones. */
export function validationOf(entries: ValidationEntry[], x: Rect): { entry: ValidationEntry | null; mixed: boolean } {
  let found: ValidationEntry | null = null;
  let covered: Rect[] = [x];
  for (const e of entries) {
    const cut = intersect(e.rect, x);
    if (!cut) continue;
    if (found && JSON.stringify(settingsOf(found)) !== JSON.stringify(settingsOf(e))) return { entry: null, mixed: true };
    found = e;
    covered = subtractAll(covered, cut);
  }
  if (found && covered.length > 0) return { entry: null, mixed: true };
  return { entry: found, mixed: false };
}

export function ruleType(rule: { [type: string]: unknown } | null): string {
  if (!rule) return 'None';
  const key = Object.keys(rule)[0];
  return RULE_TYPES[key] || 'None';
}
