// Conditional formats stored per sheet with their ranges as rectangles; list order is priority.
import { Rect, intersect, subtractAll } from './address';

export interface ConditionalFormatModel {
  id: string;
  type: string;
  ranges: Rect[];
  stopIfTrue: boolean;
  /** Custom: rule formula and the format applied when it is true. */
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  /** CellValue: operator and formulas. */
  cellValue: { formula1: string; formula2?: string; operator: string } | null;
  deleted: boolean;
}

export function newConditionalFormat(id: string, type: string, at: Rect): ConditionalFormatModel {
  return {
    id,
    type,
    ranges: [at],
    stopIfTrue: false,
    formula: null,
    fill: null,
    fontColor: null,
    bold: null,
    cellValue: null,
    deleted: false,
  };
}

export function intersectsAny(cf: ConditionalFormatModel, x: Rect): boolean {
  for (const r of cf.ranges) if (intersect(r, x)) return true;
  return false;
}

/** Removes x from every format's ranges; formats left with no range are deleted. */
export function clearConditionalFormats(list: ConditionalFormatModel[], x: Rect): ConditionalFormatModel[] {
  const kept: ConditionalFormatModel[] = [];
  for (const cf of list) {
    cf.ranges = subtractAll(cf.ranges, x);
    if (cf.ranges.length > 0) kept.push(cf);
    else cf.deleted = true;
  }
  return kept;
}

export function removeConditionalFormat(list: ConditionalFormatModel[], cf: ConditionalFormatModel): ConditionalFormatModel[] {
  cf.deleted = true;
  return list.filter((x) => x !== cf);
}

/** Moves cf to the given priority, shifting the others, as setting ConditionalFormat.priority does. */
export function movePriority(list: ConditionalFormatModel[], cf: ConditionalFormatModel, priority: number): ConditionalFormatModel[] {
  const rest = list.filter((x) => x !== cf);
  const at = Math.max(0, Math.min(rest.length, Math.floor(priority)));
  rest.splice(at, 0, cf);
  return rest;
}
