// Range.hyperlink (ExcelApi 1.7): a link per cell, to a URL or to a place in the workbook. Checked as
// Excel would be asked to follow it: a document reference must name a cell or range, on a sheet of
// this workbook, in Excel's reference syntax (a sheet name with anything but letters, digits, '_' and
// '.' quoted, its quotes doubled) — not the xlsx file format's '#Sheet!A1'.
import { area, cellKey, MAX_COLS, parseAddress, Rect } from './address';
import { ErrorCodes, hostError } from './errors';
import { RangeTarget } from './range-data';
import { SheetModel, WorkbookModel } from './workbook';

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

const KEYS = ['address', 'documentReference', 'screenTip', 'textToDisplay'];
const MAX_CELLS = 10000;
const UNQUOTED_SHEET = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/;

function invalid(message: string): Error {
  return hostError(ErrorCodes.invalidArgument, 'Invalid hyperlink: ' + message);
}

/**
 * What is wrong with a reference to a place in this workbook as Excel follows it (Office.js's
 * documentReference, the ET model's SubAddress), or null: a cell or range, on a sheet of this workbook,
 * the sheet name quoted as Excel writes it.
 */
export function referenceProblem(wb: WorkbookModel, ref: string): string | null {
  const bang = ref.lastIndexOf('!');
  if (bang > 0) {
    const written = ref.slice(0, bang);
    const quoted = written.length >= 2 && written.charAt(0) === "'" && written.charAt(written.length - 1) === "'";
    if (quoted ? written.slice(1, -1).replace(/''/g, '').indexOf("'") >= 0 : !UNQUOTED_SHEET.test(written)) {
      return 'the sheet name in "' + ref + '" must be quoted as Excel writes it';
    }
  }
  let parsed;
  try {
    parsed = parseAddress(ref);
  } catch {
    return '"' + ref + '" is not a reference to a cell or range';
  }
  if (parsed.sheet !== null && !wb.find(parsed.sheet)) return 'no sheet named "' + parsed.sheet + '" for "' + ref + '"';
  return null;
}

export function checkHyperlink(wb: WorkbookModel, v: unknown): HyperlinkModel {
  if (!v || typeof v !== 'object') throw invalid('expected an object');
  const o = v as { [k: string]: unknown };
  const out: HyperlinkModel = {};
  for (const k of Object.keys(o)) {
    if (KEYS.indexOf(k) < 0) throw invalid('unknown property ' + k);
    if (o[k] === undefined) continue;
    if (typeof o[k] !== 'string') throw invalid(k + ' must be a string');
    (out as { [k: string]: string })[k] = o[k] as string;
  }
  if (!out.address && !out.documentReference) throw invalid('it needs an address or a documentReference');
  const problem = out.documentReference ? referenceProblem(wb, out.documentReference) : null;
  if (problem) throw invalid(problem);
  return out;
}

/** Cells one hyperlink may cover here; Excel allows more, no caller of these hosts needs it. */
export function linkable(x: Rect): boolean {
  return area(x) <= MAX_CELLS;
}

/** Puts the link on every cell of the range; textToDisplay becomes the top-left cell's text. */
export function putHyperlink(t: RangeTarget, link: HyperlinkModel): void {
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.hyperlinks.set(cellKey(r, c), link);
  }
  if (link.textToDisplay !== undefined) t.sheet.put(t.rect.r0, t.rect.c0, { v: link.textToDisplay });
}

export function setHyperlink(wb: WorkbookModel, t: RangeTarget, v: unknown): void {
  const link = checkHyperlink(wb, v);
  if (!linkable(t.rect)) throw invalid('the range is larger than this host emulates');
  putHyperlink(t, link);
}

export function hyperlinkAt(sheet: SheetModel, r: number, c: number): HyperlinkModel | null {
  const link = sheet.hyperlinks.get(cellKey(r, c));
  return link ? { ...link } : null;
}

export function clearHyperlinks(sheet: SheetModel, x: Rect): void {
  sheet.hyperlinks.forEach((_link, key) => {
    const r = Math.floor(key / MAX_COLS);
    const c = key % MAX_COLS;
    if (r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1) sheet.hyperlinks.delete(key);
  });
}
