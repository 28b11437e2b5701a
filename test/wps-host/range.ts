// Range and what hangs off it — Value2, merges, Validation, FormatConditions, Font — over the shared
// workbook model, keeping the ET model's rules: 1-based Item(row, column), Value2 a scalar for one cell
// and rows of values otherwise (errors as COM numbers, empty cells undefined), formulas of rules
// relative to the active cell, a second Validation.Add refused until Delete, a protected sheet refused.
import type {
  EtFont,
  EtFormatCondition,
  EtFormatConditions,
  EtInterior,
  EtRange,
  EtRangeFont,
  EtValidation,
} from '../../addin/wps/et-types';
import { area, colCount, columnLetter, intersect, MAX_COLS, MAX_ROWS, Rect, rect, rowCount } from '../excel-host/address';
import { coerceInput } from '../excel-host/coerce';
import { autofit } from '../excel-host/format';
import {
  ConditionalFormatModel,
  clearConditionalFormats,
  intersectsAny,
  movePriority,
  newConditionalFormat,
  removeConditionalFormat,
} from '../excel-host/conditional-formats';
import { checkRuleFormula } from '../excel-host/formula-syntax';
import { clearRange } from '../excel-host/range-data';
import {
  checkAlert,
  checkPrompt,
  checkRule,
  clearValidation,
  updateValidation,
  ValidationSettings,
  validationOf,
} from '../excel-host/validation';
import { DEFAULT_COLUMN_WIDTH, Raw, SheetModel } from '../excel-host/workbook';
import { comError } from './com-error';
import { shiftFormula } from './relative-formula';
import { WpsState } from './state';

/** The host's own XlDVType numbers, Office.js rule keys, XlDVAlertStyle and operator names. */
const DV_TYPES: { [type: number]: string } = {
  1: 'wholeNumber',
  2: 'decimal',
  3: 'list',
  4: 'date',
  5: 'time',
  6: 'textLength',
  7: 'custom',
};
const ALERT_STYLES: { [style: number]: string } = { 1: 'Stop', 2: 'Warning', 3: 'Information' };
const OPERATORS: { [op: number]: string } = {
  1: 'Between',
  2: 'NotBetween',
  3: 'EqualTo',
  4: 'NotEqualTo',
  5: 'GreaterThan',
  6: 'LessThan',
  7: 'GreaterThanOrEqualTo',
  8: 'LessThanOrEqualTo',
};
const XL_EXPRESSION = 2;
/** ColumnWidth counts widths of the default font's digit 0: 7 px (5.25 pt) at 11 pt, plus 5 px (3.75 pt) of margins. */
const POINTS_PER_DIGIT = 5.25;
const MARGIN_POINTS = 3.75;
const MAX_COLUMN_WIDTH = 255;
/** Interior.Color of a cell without a fill: white. */
const NO_FILL = 0xffffff;

export type Wrap = <T extends object>(target: T) => T;

/** '#RRGGBB' ↔ BGR number, as the ET model gives colours. */
function hexOfBgr(v: number): string {
  if (typeof v !== 'number' || !(v >= 0 && v <= 0xffffff) || Math.floor(v) !== v) throw comError('not a colour: ' + String(v));
  const hex = (n: number) => ('0' + n.toString(16).toUpperCase()).slice(-2);
  return '#' + hex(v & 0xff) + hex((v >> 8) & 0xff) + hex((v >> 16) & 0xff);
}

function bgrOfHex(hex: string | null): number {
  if (!hex) return 0;
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function checkWritable(state: WpsState, sheet: SheetModel): void {
  if (sheet.deleted) throw comError('the worksheet was deleted');
  if (state.protectedSheets.has(sheet)) throw comError('The cell or chart you are trying to change is on a protected sheet.');
}

/** The active cell of the sheet: the first cell of its selection. */
function activeCell(sheet: SheetModel): { r: number; c: number } {
  return { r: sheet.selection.r0, c: sheet.selection.c0 };
}

type Unit = 'cells' | 'rows' | 'columns';

export class RangeObject implements EtRange {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
    readonly _sheet: SheetModel,
    readonly _rect: Rect,
    private readonly unit: Unit = 'cells',
  ) {
    if (_rect.r0 < 0 || _rect.c0 < 0 || _rect.r1 >= MAX_ROWS || _rect.c1 >= MAX_COLS) throw comError('the range is outside the sheet');
  }

  private range(x: Rect, unit: Unit = 'cells'): RangeObject {
    return this.wrap(new RangeObject(this.state, this.wrap, this._sheet, x, unit));
  }

  get Row(): number {
    return this._rect.r0 + 1;
  }
  get Column(): number {
    return this._rect.c0 + 1;
  }
  get Rows(): RangeObject {
    return this.range(this._rect, 'rows');
  }
  get Columns(): RangeObject {
    return this.range(this._rect, 'columns');
  }

  get Count(): number {
    if (this.unit === 'rows') return rowCount(this._rect);
    if (this.unit === 'columns') return colCount(this._rect);
    return area(this._rect);
  }

  private read(r: number, c: number): unknown {
    const error = this.state.errorAt(this._sheet, r, c);
    if (error !== undefined) return error;
    const cell = this._sheet.cell(r, c);
    // Formulas are stored, never evaluated.
    return !cell || cell.f !== undefined ? undefined : cell.v;
  }

  get Value2(): unknown {
    const x = this._rect;
    if (area(x) === 1) return this.read(x.r0, x.c0);
    const out: unknown[][] = [];
    for (let r = x.r0; r <= x.r1; r++) {
      const line: unknown[] = [];
      for (let c = x.c0; c <= x.c1; c++) line.push(this.read(r, c));
      out.push(line);
    }
    return out;
  }

  set Value2(v: unknown) {
    checkWritable(this.state, this._sheet);
    const x = this._rect;
    const rows = rowCount(x);
    const cols = colCount(x);
    // Arrays may come from the pane's frame: Array.isArray, not instanceof.
    if (Array.isArray(v)) {
      if (v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
        throw comError('Value2 needs ' + rows + ' rows of ' + cols + ' values for ' + this.Address(false, false));
      }
    }
    const at = (r: number, c: number): unknown => (Array.isArray(v) ? (v[r - x.r0] as unknown[])[c - x.c0] : v);
    this.state.wb.revision++;
    for (let r = x.r0; r <= x.r1; r++) {
      for (let c = x.c0; c <= x.c1; c++) {
        const value = at(r, c);
        const errors = this.state.errors.get(this._sheet);
        if (errors) errors.delete(r * MAX_COLS + c);
        if (value === undefined || value === null || value === '') {
          this._sheet.put(r, c, undefined);
          continue;
        }
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
          throw comError('not a cell value: ' + String(value));
        const res = coerceInput(value as Raw, this._sheet.numberFormat.get(r, c), false);
        this._sheet.put(r, c, res.cell);
        if (res.numberFormat) this._sheet.numberFormat.setCell(r, c, res.numberFormat);
      }
    }
  }

  /** null where the cells differ, as in the ET model. */
  get NumberFormat(): string {
    return this._sheet.numberFormat.uniform(this._rect) as string;
  }

  set NumberFormat(v: string) {
    checkWritable(this.state, this._sheet);
    if (typeof v !== 'string') throw comError('NumberFormat takes text');
    this._sheet.numberFormat.fill(this._rect, v);
  }

  get MergeCells(): boolean | null {
    let covered = 0;
    for (const m of this._sheet.merges) {
      const cut = intersect(m, this._rect);
      if (cut) covered += area(cut);
    }
    return covered === 0 ? false : covered === area(this._rect) ? true : null;
  }

  get MergeArea(): RangeObject {
    const x = this._rect;
    for (const m of this._sheet.merges) {
      if (x.r0 >= m.r0 && x.r1 <= m.r1 && x.c0 >= m.c0 && x.c1 <= m.c1) return this.range(m);
    }
    if (area(x) !== 1) throw comError('MergeArea of a range that spans merged areas');
    return this.range(x);
  }

  Item(row: number, column: number): RangeObject {
    if (
      typeof row !== 'number' ||
      typeof column !== 'number' ||
      row < 1 ||
      column < 1 ||
      Math.floor(row) !== row ||
      Math.floor(column) !== column
    ) {
      throw comError('Cells.Item takes a 1-based row and column, got ' + String(row) + ', ' + String(column));
    }
    const r = this._rect.r0 + row - 1;
    const c = this._rect.c0 + column - 1;
    return this.range(rect(r, c, r, c));
  }

  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string {
    const rowMark = rowAbsolute === false ? '' : '$';
    const colMark = columnAbsolute === false ? '' : '$';
    const x = this._rect;
    const corner = (r: number, c: number) => colMark + columnLetter(c) + rowMark + (r + 1);
    return area(x) === 1 ? corner(x.r0, x.c0) : corner(x.r0, x.c0) + ':' + corner(x.r1, x.c1);
  }

  get Validation(): ValidationObject {
    return this.wrap(new ValidationObject(this.state, this._sheet, this._rect));
  }

  get FormatConditions(): FormatConditionsObject {
    return this.wrap(new FormatConditionsObject(this.state, this.wrap, this._sheet, this._rect));
  }

  get Font(): FontObject {
    return this.wrap(new FontObject(this.state, this._sheet, this._rect));
  }

  get Interior(): InteriorObject {
    return this.wrap(new InteriorObject(this.state, this._sheet, this._rect));
  }

  /** In digit widths, as Excel's VBA model gives it; null when the columns differ. */
  get ColumnWidth(): number {
    let width: number | null = null;
    for (let c = this._rect.c0; c <= this._rect.c1; c++) {
      const points = this._sheet.columnWidths.get(c);
      const w = points === undefined ? DEFAULT_COLUMN_WIDTH : points;
      if (width !== null && w !== width) return null as unknown as number;
      width = w;
    }
    const points = width as number;
    return points === 0 ? 0 : Math.round(((points - MARGIN_POINTS) / POINTS_PER_DIGIT) * 100) / 100;
  }

  /** Sets every column of the range: 0..255 digit widths, 0 hides the column. */
  set ColumnWidth(v: number) {
    checkWritable(this.state, this._sheet);
    if (typeof v !== 'number' || !(v >= 0 && v <= MAX_COLUMN_WIDTH)) throw comError('Unable to set the ColumnWidth property: ' + String(v));
    const points = v === 0 ? 0 : v * POINTS_PER_DIGIT + MARGIN_POINTS;
    for (let c = this._rect.c0; c <= this._rect.c1; c++) this._sheet.columnWidths.set(c, points);
  }

  get WrapText(): boolean {
    return this._sheet.wrapText.uniform(this._rect) as boolean;
  }

  set WrapText(v: boolean) {
    checkWritable(this.state, this._sheet);
    if (typeof v !== 'boolean') throw comError('WrapText takes true or false');
    this._sheet.wrapText.fill(this._rect, v);
  }

  Select(): void {
    if (this.state.wb.activeSheet() !== this._sheet) throw comError('Select method of Range class failed: the sheet is not active');
    this._sheet.selection = this._rect;
  }

  Clear(): void {
    checkWritable(this.state, this._sheet);
    this.state.wb.revision++;
    clearRange({ sheet: this._sheet, rect: this._rect }, 'All');
    this._sheet.validations = clearValidation(this._sheet.validations, this._rect);
    this._sheet.conditionalFormats = clearConditionalFormats(this._sheet.conditionalFormats, this._rect);
    this.state.errors.delete(this._sheet);
  }

  AutoFilter(): void {
    checkWritable(this.state, this._sheet);
    this._sheet.autoFilter = this._sheet.autoFilter ? null : this._rect;
  }

  /** Columns: each column as wide as its widest text in this range. Rows keep their heights here. */
  AutoFit(): void {
    if (this.unit === 'cells') throw comError('AutoFit method of Range class failed: use Rows or Columns');
    checkWritable(this.state, this._sheet);
    if (this.unit === 'columns') autofit({ sheet: this._sheet, rect: this._rect });
  }
}

export class FontObject implements EtRangeFont {
  constructor(
    private readonly state: WpsState,
    private readonly sheet: SheetModel,
    private readonly x: Rect,
  ) {}

  get Bold(): boolean {
    return this.sheet.bold.uniform(this.x) === true;
  }

  set Bold(v: boolean) {
    checkWritable(this.state, this.sheet);
    this.sheet.bold.fill(this.x, !!v);
  }

  get Color(): number {
    return bgrOfHex(this.sheet.fontColor.uniform(this.x));
  }

  set Color(v: number) {
    checkWritable(this.state, this.sheet);
    this.sheet.fontColor.fill(this.x, hexOfBgr(v));
  }

  get Size(): number {
    return this.sheet.fontSize.uniform(this.x) as number;
  }

  set Size(v: number) {
    checkWritable(this.state, this.sheet);
    if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw comError('Unable to set the Size property of the Font class: ' + String(v));
    this.sheet.fontSize.fill(this.x, v);
  }
}

export class InteriorObject implements EtInterior {
  constructor(
    private readonly state: WpsState,
    private readonly sheet: SheetModel,
    private readonly x: Rect,
  ) {}

  get Color(): number {
    const fill = this.sheet.fillColor.uniform(this.x);
    return fill === null ? (null as unknown as number) : fill === '' ? NO_FILL : bgrOfHex(fill);
  }

  set Color(v: number) {
    checkWritable(this.state, this.sheet);
    this.sheet.fillColor.fill(this.x, hexOfBgr(v));
  }
}

export class ValidationObject implements EtValidation {
  constructor(
    private readonly state: WpsState,
    private readonly sheet: SheetModel,
    private readonly x: Rect,
  ) {}

  /** The one validation covering the whole range; the ET model refuses to read mixed or missing ones. */
  private entry(): ValidationSettings {
    const found = validationOf(this.sheet.validations, this.x);
    if (!found.entry) throw comError(found.mixed ? 'the range has more than one validation' : 'the range has no validation');
    return found.entry;
  }

  private patch(change: (s: ValidationSettings) => void): void {
    checkWritable(this.state, this.sheet);
    this.entry();
    this.sheet.validations = updateValidation(this.sheet.validations, this.x, change);
  }

  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void {
    checkWritable(this.state, this.sheet);
    if (this.sheet.validations.some((e) => intersect(e.rect, this.x)))
      throw comError('Add method of Validation class failed: the range has a validation; Delete it first');
    const key = DV_TYPES[type];
    if (!key) throw comError('unknown validation Type ' + String(type));
    const style = ALERT_STYLES[alertStyle === undefined ? 1 : alertStyle];
    if (!style) throw comError('unknown AlertStyle ' + String(alertStyle));
    // Relative references are the active cell's: kept for the range's first cell.
    const a = activeCell(this.sheet);
    const move = (f: string | undefined): string | undefined =>
      typeof f === 'string' && f.charAt(0) === '=' ? shiftFormula(f, this.x.r0 - a.r, this.x.c0 - a.c) : f;
    let rule: { [key: string]: unknown };
    if (key === 'list') rule = { list: { inCellDropDown: true, source: formula1 } };
    else if (key === 'custom') rule = { custom: { formula: move(formula1) } };
    else {
      const op = OPERATORS[operator === undefined ? 1 : operator];
      if (!op) throw comError('unknown Operator ' + String(operator));
      rule = {
        [key]: { formula1: move(formula1), formula2: op === 'Between' || op === 'NotBetween' ? move(formula2) : undefined, operator: op },
      };
    }
    const checked = checkRule(rule);
    this.sheet.validations = updateValidation(this.sheet.validations, this.x, (s) => {
      s.rule = checked;
      s.errorAlert.style = style;
      s.errorAlert.showAlert = true;
      s.prompt.showPrompt = true;
    });
  }

  Delete(): void {
    checkWritable(this.state, this.sheet);
    this.sheet.validations = clearValidation(this.sheet.validations, this.x);
  }

  get Type(): number {
    const rule = this.entry().rule || {};
    const key = Object.keys(rule)[0];
    for (const t of Object.keys(DV_TYPES)) if (DV_TYPES[Number(t)] === key) return Number(t);
    throw comError('the range has no validation');
  }

  get IgnoreBlank(): boolean {
    return this.entry().ignoreBlanks;
  }
  set IgnoreBlank(v: boolean) {
    this.patch((s) => (s.ignoreBlanks = !!v));
  }

  get InCellDropdown(): boolean {
    const list = (this.entry().rule || {}).list as { inCellDropDown?: boolean } | undefined;
    return !!list && list.inCellDropDown !== false;
  }

  set InCellDropdown(v: boolean) {
    this.patch((s) => {
      const list = (s.rule || {}).list as { inCellDropDown?: boolean } | undefined;
      if (!list) throw comError('InCellDropdown is for list validation');
      list.inCellDropDown = !!v;
    });
  }

  get InputTitle(): string {
    return this.entry().prompt.title;
  }
  set InputTitle(v: string) {
    checkPrompt({ title: v });
    this.patch((s) => (s.prompt.title = v));
  }
  get InputMessage(): string {
    return this.entry().prompt.message;
  }
  set InputMessage(v: string) {
    checkPrompt({ message: v });
    this.patch((s) => (s.prompt.message = v));
  }
  get ErrorTitle(): string {
    return this.entry().errorAlert.title;
  }
  set ErrorTitle(v: string) {
    checkAlert({ title: v });
    this.patch((s) => (s.errorAlert.title = v));
  }
  get ErrorMessage(): string {
    return this.entry().errorAlert.message;
  }
  set ErrorMessage(v: string) {
    checkAlert({ message: v });
    this.patch((s) => (s.errorAlert.message = v));
  }
  get ShowInput(): boolean {
    return this.entry().prompt.showPrompt;
  }
  set ShowInput(v: boolean) {
    this.patch((s) => (s.prompt.showPrompt = !!v));
  }
  get ShowError(): boolean {
    return this.entry().errorAlert.showAlert;
  }
  set ShowError(v: boolean) {
    this.patch((s) => (s.errorAlert.showAlert = !!v));
  }
}

export class FormatConditionsObject implements EtFormatConditions {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
    private readonly sheet: SheetModel,
    private readonly x: Rect,
  ) {}

  private list(): ConditionalFormatModel[] {
    return this.sheet.conditionalFormats.filter((cf) => intersectsAny(cf, this.x));
  }

  get Count(): number {
    return this.list().length;
  }

  Item(index: number): FormatConditionObject {
    const list = this.list();
    if (typeof index !== 'number' || index < 1 || index > list.length)
      throw comError('FormatConditions.Item: no condition ' + String(index));
    return this.wrap(new FormatConditionObject(this.state, this.wrap, this.sheet, list[index - 1]));
  }

  Add(type: number, operator?: number, formula1?: string): FormatConditionObject {
    checkWritable(this.state, this.sheet);
    if (type !== XL_EXPRESSION) throw comError('this host adds formula conditions (xlExpression) only, got Type ' + String(type));
    if (operator !== undefined && operator !== null) throw comError('an xlExpression condition takes no Operator');
    if (typeof formula1 !== 'string' || formula1.charAt(0) !== '=') throw comError('Formula1 must be a formula starting with =');
    checkRuleFormula(formula1, 'the conditional format formula');
    const a = activeCell(this.sheet);
    const cf = newConditionalFormat('{wps-cf' + this.state.nextConditionalFormat++ + '}', 'Custom', this.x);
    cf.formula = shiftFormula(formula1, this.x.r0 - a.r, this.x.c0 - a.c);
    // A new condition comes last: it is evaluated after the sheet's others.
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.concat([cf]);
    this.state.wb.revision++;
    return this.wrap(new FormatConditionObject(this.state, this.wrap, this.sheet, cf));
  }
}

export class FormatConditionObject implements EtFormatCondition {
  constructor(
    private readonly state: WpsState,
    private readonly wrap: Wrap,
    private readonly sheet: SheetModel,
    private readonly cf: ConditionalFormatModel,
  ) {}

  private alive(): ConditionalFormatModel {
    if (this.cf.deleted) throw comError('the format condition was deleted');
    return this.cf;
  }

  get Type(): number {
    return this.alive().type === 'Custom' ? XL_EXPRESSION : 1;
  }

  get Formula1(): string {
    const cf = this.alive();
    const top = cf.ranges[0];
    const a = activeCell(this.sheet);
    return shiftFormula(cf.formula || '', a.r - top.r0, a.c - top.c0);
  }

  get AppliesTo(): RangeObject {
    return this.wrap(new RangeObject(this.state, this.wrap, this.sheet, this.alive().ranges[0]));
  }

  get Interior(): EtInterior {
    const cf = this.alive();
    const state = this.state;
    const sheet = this.sheet;
    return this.wrap({
      get Color(): number {
        return bgrOfHex(cf.fill);
      },
      set Color(v: number) {
        checkWritable(state, sheet);
        cf.fill = hexOfBgr(v);
      },
    });
  }

  get Font(): EtFont {
    const cf = this.alive();
    const state = this.state;
    const sheet = this.sheet;
    return this.wrap({
      get Bold(): boolean {
        return !!cf.bold;
      },
      set Bold(v: boolean) {
        checkWritable(state, sheet);
        cf.bold = !!v;
      },
      get Color(): number {
        return bgrOfHex(cf.fontColor);
      },
      set Color(v: number) {
        checkWritable(state, sheet);
        cf.fontColor = hexOfBgr(v);
      },
    });
  }

  get StopIfTrue(): boolean {
    return this.alive().stopIfTrue;
  }

  set StopIfTrue(v: boolean) {
    checkWritable(this.state, this.sheet);
    this.alive().stopIfTrue = !!v;
  }

  SetFirstPriority(): void {
    checkWritable(this.state, this.sheet);
    this.sheet.conditionalFormats = movePriority(this.sheet.conditionalFormats, this.alive(), 0);
  }

  Delete(): void {
    checkWritable(this.state, this.sheet);
    this.sheet.conditionalFormats = removeConditionalFormat(this.sheet.conditionalFormats, this.alive());
    this.state.wb.revision++;
  }
}
