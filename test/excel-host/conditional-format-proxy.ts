// Conditional format proxies (ExcelApi 1.6): the collection on a range, ConditionalFormat, and its
// custom / cellValue parts. Formats live on the sheet with rectangle ranges; see conditional-formats.ts.
import { formatRect } from './address';
import { ErrorCodes, hostError } from './errors';
import { ClientObject, ClientResult, CollectionObject, NavDefs, PropDefs } from './proxy';
import { Range, RangeAreas } from './range';
import { RangeTarget } from './range-data';
import {
  ConditionalFormatModel,
  clearConditionalFormats,
  intersectsAny,
  movePriority,
  newConditionalFormat,
  removeConditionalFormat,
} from './conditional-formats';
import { normalizeColor } from './format';
import { checkRuleFormula } from './formula-syntax';
import { SheetModel } from './workbook';

export interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const CONDITIONAL_FORMAT_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

function alive(t: CfTarget): CfTarget {
  if (t.cf.deleted || t.sheet.deleted) throw hostError(ErrorCodes.itemNotFound, 'The conditional format has been deleted.');
  return t;
}

function ofType(t: CfTarget, type: string): CfTarget {
  if (alive(t).cf.type !== type)
    throw hostError(ErrorCodes.invalidArgument, 'The conditional format is of type ' + t.cf.type + ', not ' + type + '.');
  return t;
}

export class ConditionalFormatCollection extends CollectionObject<RangeTarget, CfTarget, ConditionalFormat> {
  _typeName(): string {
    return 'ConditionalFormatCollection';
  }

  protected _list(t: RangeTarget): CfTarget[] {
    return t.sheet.conditionalFormats.filter((cf) => intersectsAny(cf, t.rect)).map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected _makeItem(item: CfTarget): ConditionalFormat {
    return new ConditionalFormat(this._queue, () => alive(item), this._minor);
  }

  /** The new format goes first (priority 0), shifting the others down, as Excel does. */
  add(type: string): ConditionalFormat {
    let created: CfTarget | null = null;
    const child = new ConditionalFormat(
      this._queue,
      () => {
        if (!created) throw hostError(ErrorCodes.generalException, 'The conditional format was not created.');
        return created;
      },
      this._minor,
    );
    this._op('ConditionalFormatCollection.add', 6, (t) => {
      if (CONDITIONAL_FORMAT_TYPES.indexOf(type) < 0)
        throw hostError(ErrorCodes.invalidArgument, 'Unknown conditional format type ' + String(type));
      const wb = this._queue.host.wb;
      const cf = newConditionalFormat('{cf' + wb.nextConditionalFormatId++ + '}', type, t.rect);
      t.sheet.conditionalFormats = [cf].concat(t.sheet.conditionalFormats);
      created = { sheet: t.sheet, cf };
      child._resolve();
    });
    return child;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._op('ConditionalFormatCollection.getCount', 6, (t, results) => {
      const n = this._list(t).length;
      results.push(() => result._set(n));
    });
    return result;
  }

  getItemAt(index: number): ConditionalFormat {
    return this._instantiate(
      'ConditionalFormatCollection.getItemAt',
      6,
      new ConditionalFormat(
        this._queue,
        () => {
          const item = this._list(this._require())[index];
          if (!item) throw hostError(ErrorCodes.itemNotFound, 'No conditional format at index ' + index);
          return item;
        },
        this._minor,
      ),
    );
  }

  getItem(id: string): ConditionalFormat {
    return this._instantiate(
      'ConditionalFormatCollection.getItem',
      6,
      new ConditionalFormat(
        this._queue,
        () => {
          const item = this._list(this._require()).filter((x) => x.cf.id === id)[0];
          if (!item) throw hostError(ErrorCodes.itemNotFound, 'No conditional format with id ' + id);
          return item;
        },
        this._minor,
      ),
    );
  }

  /** Removes conditional formatting from this range only; formats reaching outside it keep the rest. */
  clearAll(): void {
    this._op('ConditionalFormatCollection.clearAll', 6, (t) => {
      const touched = t.sheet.conditionalFormats.filter((cf) => intersectsAny(cf, t.rect));
      const kept = clearConditionalFormats(touched, t.rect);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => touched.indexOf(cf) < 0 || kept.indexOf(cf) >= 0);
    });
  }
}

export class ConditionalFormat extends ClientObject<CfTarget> {
  _typeName(): string {
    return 'ConditionalFormat';
  }

  protected _props(): PropDefs<CfTarget> {
    return {
      id: { minor: 6, read: (t) => alive(t).cf.id },
      type: { minor: 6, read: (t) => alive(t).cf.type },
      priority: { minor: 6, read: (t) => t.sheet.conditionalFormats.indexOf(alive(t).cf) },
      stopIfTrue: { minor: 6, read: (t) => alive(t).cf.stopIfTrue },
    };
  }

  protected _navs(): NavDefs {
    return {
      custom: [6, (m) => new CustomConditionalFormat(this._queue, () => ofType(this._require(), 'Custom'), m)],
      cellValue: [6, (m) => new CellValueConditionalFormat(this._queue, () => ofType(this._require(), 'CellValue'), m)],
    };
  }

  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(v: number) {
    this._setProp('ConditionalFormat.priority', 'priority', v, 6, (t) => {
      alive(t).sheet.conditionalFormats = movePriority(t.sheet.conditionalFormats, t.cf, v);
    });
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this._setProp('ConditionalFormat.stopIfTrue', 'stopIfTrue', v, 6, (t) => {
      alive(t).cf.stopIfTrue = !!v;
    });
  }
  get custom(): CustomConditionalFormat {
    return this._nav('custom');
  }
  get cellValue(): CellValueConditionalFormat {
    return this._nav('cellValue');
  }

  delete(): void {
    this._op('ConditionalFormat.delete', 6, (t) => {
      alive(t).sheet.conditionalFormats = removeConditionalFormat(t.sheet.conditionalFormats, t.cf);
    });
  }

  /** Fails when the format covers several areas, as in Office (use getRanges there). */
  getRange(): Range {
    return this._instantiate(
      'ConditionalFormat.getRange',
      6,
      new Range(
        this._queue,
        () => {
          const t = alive(this._require());
          if (t.cf.ranges.length !== 1)
            throw hostError(ErrorCodes.invalidOperation, 'The conditional format covers ' + t.cf.ranges.length + ' areas.');
          return { sheet: t.sheet, rect: t.cf.ranges[0] };
        },
        1,
      ),
    );
  }

  getRangeOrNullObject(): Range {
    return this._instantiate(
      'ConditionalFormat.getRangeOrNullObject',
      6,
      new Range(
        this._queue,
        () => {
          const t = alive(this._require());
          return t.cf.ranges.length === 1 ? { sheet: t.sheet, rect: t.cf.ranges[0] } : null;
        },
        1,
        true,
      ),
    );
  }

  getRanges(): RangeAreas {
    return this._instantiate(
      'ConditionalFormat.getRanges',
      9,
      new RangeAreas(
        this._queue,
        () => {
          const t = alive(this._require());
          return { sheet: t.sheet, rects: t.cf.ranges.slice() };
        },
        9,
      ),
    );
  }
}

export class CustomConditionalFormat extends ClientObject<CfTarget> {
  _typeName(): string {
    return 'CustomConditionalFormat';
  }
  protected _navs(): NavDefs {
    const target = () => this._require();
    return {
      rule: [6, (m) => new ConditionalFormatRule(this._queue, target, m)],
      format: [6, (m) => new ConditionalRangeFormat(this._queue, target, m)],
    };
  }
  get rule(): ConditionalFormatRule {
    return this._nav('rule');
  }
  get format(): ConditionalRangeFormat {
    return this._nav('format');
  }
}

export class ConditionalFormatRule extends ClientObject<CfTarget> {
  _typeName(): string {
    return 'ConditionalFormatRule';
  }
  protected _props(): PropDefs<CfTarget> {
    return {
      formula: { minor: 6, read: (t) => alive(t).cf.formula },
      formulaLocal: { minor: 6, read: (t) => alive(t).cf.formula },
    };
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._setProp('ConditionalFormatRule.formula', 'formula', v, 6, (t) => setFormula(alive(t), v));
  }
  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(v: string) {
    this._setProp('ConditionalFormatRule.formulaLocal', 'formulaLocal', v, 6, (t) => setFormula(alive(t), v));
  }
}

function setFormula(t: CfTarget, v: string): void {
  if (typeof v !== 'string' || v.charAt(0) !== '=')
    throw hostError(ErrorCodes.invalidArgument, 'A conditional format formula must start with "=".');
  checkRuleFormula(v, 'the conditional format formula');
  t.cf.formula = v;
}

export class CellValueConditionalFormat extends ClientObject<CfTarget> {
  _typeName(): string {
    return 'CellValueConditionalFormat';
  }
  protected _props(): PropDefs<CfTarget> {
    return { rule: { minor: 6, read: (t) => (alive(t).cf.cellValue ? { ...t.cf.cellValue } : null) } };
  }
  protected _navs(): NavDefs {
    return { format: [6, (m) => new ConditionalRangeFormat(this._queue, () => this._require(), m)] };
  }
  get rule(): unknown {
    return this._get('rule');
  }
  set rule(v: unknown) {
    this._setProp('CellValueConditionalFormat.rule', 'rule', v, 6, (t) => {
      const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown };
      if (!r || typeof r.formula1 !== 'string' || typeof r.operator !== 'string')
        throw hostError(ErrorCodes.invalidArgument, 'A cell value rule needs formula1 and operator.');
      checkRuleFormula(r.formula1, 'formula1');
      if (typeof r.formula2 === 'string') checkRuleFormula(r.formula2, 'formula2');
      alive(t).cf.cellValue = {
        formula1: r.formula1,
        formula2: typeof r.formula2 === 'string' ? r.formula2 : undefined,
        operator: r.operator,
      };
    });
  }
  get format(): ConditionalRangeFormat {
    return this._nav('format');
  }
}

export class ConditionalRangeFormat extends ClientObject<CfTarget> {
  _typeName(): string {
    return 'ConditionalRangeFormat';
  }
  protected _navs(): NavDefs {
    const target = () => this._require();
    return {
      fill: [6, (m) => new ConditionalRangeFill(this._queue, target, m)],
      font: [6, (m) => new ConditionalRangeFont(this._queue, target, m)],
    };
  }
  get fill(): ConditionalRangeFill {
    return this._nav('fill');
  }
  get font(): ConditionalRangeFont {
    return this._nav('font');
  }
}

export class ConditionalRangeFill extends ClientObject<CfTarget> {
  _typeName(): string {
    return 'ConditionalRangeFill';
  }
  protected _props(): PropDefs<CfTarget> {
    return { color: { minor: 6, read: (t) => alive(t).cf.fill } };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._setProp('ConditionalRangeFill.color', 'color', v, 6, (t) => {
      alive(t).cf.fill = normalizeColor(v);
    });
  }
  clear(): void {
    this._op('ConditionalRangeFill.clear', 6, (t) => {
      alive(t).cf.fill = null;
    });
  }
}

export class ConditionalRangeFont extends ClientObject<CfTarget> {
  _typeName(): string {
    return 'ConditionalRangeFont';
  }
  protected _props(): PropDefs<CfTarget> {
    return {
      color: { minor: 6, read: (t) => alive(t).cf.fontColor },
      bold: { minor: 6, read: (t) => alive(t).cf.bold },
    };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._setProp('ConditionalRangeFont.color', 'color', v, 6, (t) => {
      alive(t).cf.fontColor = normalizeColor(v);
    });
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._setProp('ConditionalRangeFont.bold', 'bold', v, 6, (t) => {
      alive(t).cf.bold = !!v;
    });
  }
  clear(): void {
    this._op('ConditionalRangeFont.clear', 6, (t) => {
      alive(t).cf.fontColor = null;
      alive(t).cf.bold = null;
    });
  }
}

export interface ConditionalFormatInfo {
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue?: boolean;
  priority: number;
}

/** Plain description of a sheet's conditional formats, for host inspection. */
export function describeConditionalFormats(sheet: SheetModel): ConditionalFormatInfo[] {
  return sheet.conditionalFormats.map((cf, priority) => {
    const out: ConditionalFormatInfo = {
      address: cf.ranges.map(formatRect).join(','),
      type: cf.type,
      stopIfTrue: cf.stopIfTrue,
      priority,
    };
    const formula = cf.formula !== null ? cf.formula : cf.cellValue ? cf.cellValue.formula1 : null;
    if (formula !== null) out.formula = formula;
    if (cf.fill !== null) out.fill = cf.fill;
    if (cf.fontColor !== null) out.fontColor = cf.fontColor;
    return out;
  });
}
