// Conditional formats through the ET model: FormatConditions.Add(xlExpression, , Formula1) with the
// core's formulas and fills, above any rule of the user's, and the add-in's earlier ones removed.
import { FormatSpec } from '../../ledger/excel-rules';
import { RememberedFormat } from '../settings';
import { anchorAt } from './anchor';
import { bgrColor } from './cell-values';
import { EtWorksheet, XL_EXPRESSION } from './et-types';

/** 'Sheet1!$A$3:$L$9' → 'A3:L9'. */
function bareAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').toUpperCase();
}

/** WPS may re-space or re-case a formula it returns. */
function formulaKey(formula: string): string {
  return formula.replace(/\s+/g, '').toUpperCase();
}

function key(address: string, formula: string): string {
  return bareAddress(address) + '|' + formulaKey(formula);
}

/**
 * Deletes the formula formats that are the add-in's: remembered ones, and any identical to one about
 * to be written (rows inserted above the table move a rule away from what was remembered). Returns
 * how many went.
 */
export function removeFormats(sheet: EtWorksheet, ours: RememberedFormat[]): number {
  const keys: { [key: string]: boolean } = {};
  for (let i = 0; i < ours.length; i++) keys[key(ours[i].address, ours[i].formula)] = true;
  const all = sheet.Cells.FormatConditions;
  let removed = 0;
  for (let i = all.Count; i >= 1; i--) {
    const fc = all.Item(i);
    if (fc.Type !== XL_EXPRESSION) continue;
    const applies = fc.AppliesTo;
    anchorAt(applies);
    if (!keys[key(applies.Address(false, false), fc.Formula1)]) continue;
    fc.Delete();
    removed++;
  }
  return removed;
}

/** Adds the specs so that the first is evaluated first, all before the user's own rules. */
export function writeFormats(sheet: EtWorksheet, specs: FormatSpec[]): RememberedFormat[] {
  // Each new rule is made the first: adding them last to first leaves them in the specs' order.
  for (let i = specs.length - 1; i >= 0; i--) {
    const s = specs[i];
    const range = sheet.Range(s.address);
    anchorAt(range);
    const fc = range.FormatConditions.Add(XL_EXPRESSION, undefined, s.formula);
    if (s.fill) fc.Interior.Color = bgrColor(s.fill);
    if (s.fontColor) fc.Font.Color = bgrColor(s.fontColor);
    fc.StopIfTrue = s.stopIfTrue;
    fc.SetFirstPriority();
  }
  return specs.map((s) => ({ address: s.address, formula: s.formula }));
}
