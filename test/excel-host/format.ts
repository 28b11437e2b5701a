// RangeFormat, RangeFont and RangeFill proxies: cell formatting stored as layers, so whole columns are cheap.
import { cellText } from './cell-text';
import { ErrorCodes, hostError } from './errors';
import { ClientObject, NavDefs, PropDefs } from './proxy';
import { RangeTarget } from './range-data';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './workbook';

function uniformOf(values: number[]): number | null {
  for (const v of values) if (v !== values[0]) return null;
  return values.length > 0 ? values[0] : null;
}

function columnWidths(t: RangeTarget): number[] {
  const out: number[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const w = t.sheet.columnWidths.get(c);
    out.push(w === undefined ? DEFAULT_COLUMN_WIDTH : w);
  }
  return out;
}

/** Display width of text in points: CJK characters are about twice as wide as Latin ones at 11 pt. */
function textWidth(s: string): number {
  let units = 0;
  for (let i = 0; i < s.length; i++) units += s.charCodeAt(i) > 0x2e7f ? 2 : 1;
  return units * 6 + 10;
}

/** Widens or narrows each column of the range to its widest text there, as Excel's AutoFit. */
export function autofit(t: RangeTarget): void {
  const sheet = t.sheet;
  const widest = new Map<number, number>();
  sheet.eachCellIn(t.rect, (r, c, cell) => {
    const lines = cellText(cell.v, sheet.numberFormat.get(r, c), cell.f !== undefined).split('\n');
    let w = 0;
    for (const line of lines) w = Math.max(w, textWidth(line));
    widest.set(c, Math.max(widest.get(c) || 0, w));
  });
  widest.forEach((w, c) => sheet.columnWidths.set(c, Math.min(409, Math.max(DEFAULT_COLUMN_WIDTH / 2, w))));
}

const FORMAT_PROPS: PropDefs<RangeTarget> = {
  columnWidth: { minor: 2, read: (t) => uniformOf(columnWidths(t)) },
  rowHeight: {
    minor: 2,
    read: (t) => {
      const h = t.sheet.rowHeights.get(t.rect.r0);
      return h === undefined ? DEFAULT_ROW_HEIGHT : h;
    },
  },
  wrapText: { minor: 1, read: (t) => t.sheet.wrapText.uniform(t.rect) },
  horizontalAlignment: { minor: 1, read: (t) => t.sheet.horizontalAlignment.uniform(t.rect) },
};

export class RangeFormat extends ClientObject<RangeTarget> {
  _typeName(): string {
    return 'RangeFormat';
  }
  protected _props(): PropDefs<RangeTarget> {
    return FORMAT_PROPS;
  }
  protected _navs(): NavDefs {
    const target = () => this._require();
    return {
      font: [1, (m) => new RangeFont(this._queue, target, m)],
      fill: [1, (m) => new RangeFill(this._queue, target, m)],
    };
  }
  get font(): RangeFont {
    return this._nav('font');
  }
  get fill(): RangeFill {
    return this._nav('fill');
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._setProp('RangeFormat.columnWidth', 'columnWidth', v, 2, (t) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(v: number) {
    this._setProp('RangeFormat.rowHeight', 'rowHeight', v, 2, (t) => {
      for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100000); r++) t.sheet.rowHeights.set(r, v);
    });
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._setProp('RangeFormat.wrapText', 'wrapText', v, 1, (t) => t.sheet.wrapText.fill(t.rect, !!v));
  }
  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this._setProp('RangeFormat.horizontalAlignment', 'horizontalAlignment', v, 1, (t) => t.sheet.horizontalAlignment.fill(t.rect, v));
  }

  autofitColumns(): void {
    this._op('RangeFormat.autofitColumns', 2, (t) => autofit(t));
  }
  autofitRows(): void {
    this._op('RangeFormat.autofitRows', 2, () => undefined);
  }
}

const FONT_PROPS: PropDefs<RangeTarget> = {
  bold: { minor: 1, read: (t) => t.sheet.bold.uniform(t.rect) },
  size: { minor: 1, read: (t) => t.sheet.fontSize.uniform(t.rect) },
  color: { minor: 1, read: (t) => t.sheet.fontColor.uniform(t.rect) },
};

export class RangeFont extends ClientObject<RangeTarget> {
  _typeName(): string {
    return 'RangeFont';
  }
  protected _props(): PropDefs<RangeTarget> {
    return FONT_PROPS;
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._setProp('RangeFont.bold', 'bold', v, 1, (t) => t.sheet.bold.fill(t.rect, !!v));
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._setProp('RangeFont.size', 'size', v, 1, (t) => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw hostError(ErrorCodes.invalidArgument, 'Invalid font size ' + String(v));
      t.sheet.fontSize.fill(t.rect, v);
    });
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._setProp('RangeFont.color', 'color', v, 1, (t) => t.sheet.fontColor.fill(t.rect, normalizeColor(v)));
  }
}

const FILL_PROPS: PropDefs<RangeTarget> = {
  color: {
    minor: 1,
    read: (t) => {
      const c = t.sheet.fillColor.uniform(t.rect);
      return c === '' ? '#FFFFFF' : c;
    },
  },
};

export class RangeFill extends ClientObject<RangeTarget> {
  _typeName(): string {
    return 'RangeFill';
  }
  protected _props(): PropDefs<RangeTarget> {
    return FILL_PROPS;
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._setProp('RangeFill.color', 'color', v, 1, (t) => t.sheet.fillColor.fill(t.rect, normalizeColor(v)));
  }
  clear(): void {
    this._op('RangeFill.clear', 1, (t) => t.sheet.fillColor.fill(t.rect, undefined));
  }
}

/** Office reports colours as upper-case '#RRGGBB'. */
export function normalizeColor(v: string): string {
  return /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : v;
}
