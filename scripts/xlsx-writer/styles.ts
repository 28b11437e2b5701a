// The workbook's style table: resolves cell styles to deduplicated cellXfs ids and renders xl/styles.xml.
import { Pool } from './pool';
import { CellStyle, FontSpec } from './types';
import { XML_DECL, escapeXml } from './xml';

export const DEFAULT_FONT: FontSpec = { name: 'Calibri', size: 11, family: 2 };

// Built-in formats need no numFmt entry and read the same in every locale.
const BUILTIN_NUMFMTS: { [code: string]: number } = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
const FIRST_CUSTOM_NUMFMT = 164;

const THIN = '<color indexed="64"/>';

/** '#RRGGBB' (or without '#') as six upper-case hex digits; anything else is refused. */
export function rgbHex(color: string): string {
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(color);
  if (!m) throw new Error(`颜色格式无效：“${color}”，应为 #RRGGBB`);
  return m[1].toUpperCase();
}

function argb(color: string): string {
  return 'FF' + rgbHex(color);
}

export class StyleTable {
  private readonly fonts: Pool;
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Pool(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly numFmts = new Map<string, number>();
  /** Differential formats of conditional formats. */
  private readonly dxfs = new Pool();
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly xfByKey = new Map<string, number>([['||||||||', 0]]);
  /** The effective style of each cellXfs id, to layer further styles over. */
  private readonly effective: CellStyle[] = [{}];
  private readonly layered: (WeakMap<CellStyle, number> | undefined)[] = [];

  constructor(private readonly font: FontSpec = DEFAULT_FONT) {
    if (!(font.size >= 1 && font.size <= 409)) throw new Error(`字号无效：${font.size}`);
    this.fonts = new Pool([this.fontXml(false, undefined, font.size)]);
  }

  /** Whether cells of cellXfs id `xf` wrap their text. */
  wraps(xf: number): boolean {
    return !!this.effective[xf].wrap;
  }

  /** The font size of cells of cellXfs id `xf`, in points. */
  fontSize(xf: number): number {
    return this.effective[xf].fontSize || this.font.size;
  }

  /** The workbook's default font size, in points. */
  get defaultFontSize(): number {
    return this.font.size;
  }

  /** The cellXfs id for `own` layered over the cellXfs id `baseXf`; cached per style object, which callers reuse. */
  over(baseXf: number, own: CellStyle): number {
    let cache = this.layered[baseXf];
    if (!cache) cache = this.layered[baseXf] = new WeakMap();
    let id = cache.get(own);
    if (id === undefined) {
      id = this.resolve(this.effective[baseXf], own);
      cache.set(own, id);
    }
    return id;
  }

  /** The cellXfs id for `own` layered over `base` (own fields win); equal styles share one id. */
  resolve(base: CellStyle | undefined, own: CellStyle | undefined): number {
    if (!own) {
      if (!base) return 0;
      own = base;
      base = undefined;
    }
    const bold = own.bold !== undefined ? own.bold : base !== undefined && base.bold;
    const fill = own.fill !== undefined ? own.fill : base && base.fill;
    const fontColor = own.fontColor !== undefined ? own.fontColor : base && base.fontColor;
    const fontSize = own.fontSize !== undefined ? own.fontSize : base && base.fontSize;
    const wrap = own.wrap !== undefined ? own.wrap : base !== undefined && base.wrap;
    const numFmt = own.numFmt !== undefined ? own.numFmt : base && base.numFmt;
    const hAlign = own.hAlign !== undefined ? own.hAlign : base && base.hAlign;
    const vAlign = own.vAlign !== undefined ? own.vAlign : base && base.vAlign;
    const border = own.border !== undefined ? own.border : base !== undefined && base.border;
    const key =
      (bold ? '1' : '') +
      '|' +
      (fill || '') +
      '|' +
      (fontColor || '') +
      '|' +
      (fontSize || '') +
      '|' +
      (wrap ? '1' : '') +
      '|' +
      (numFmt && numFmt !== 'General' ? numFmt : '') +
      '|' +
      (hAlign || '') +
      '|' +
      (vAlign || '') +
      '|' +
      (border ? '1' : '');
    const known = this.xfByKey.get(key);
    if (known !== undefined) return known;
    const id = this.addXf(!!bold, fill, fontColor, fontSize, !!wrap, numFmt, hAlign, vAlign, !!border);
    this.xfByKey.set(key, id);
    if (!this.effective[id]) this.effective[id] = { bold, fill, fontColor, fontSize, wrap, numFmt, hAlign, vAlign, border };
    return id;
  }

  private addXf(
    bold: boolean,
    fill: string | undefined,
    fontColor: string | undefined,
    fontSize: number | undefined,
    wrap: boolean,
    numFmt: string | undefined,
    hAlign: string | undefined,
    vAlign: string | undefined,
    border: boolean,
  ): number {
    if (fontSize !== undefined && !(fontSize >= 1 && fontSize <= 409)) throw new Error(`字号无效：${fontSize}`);
    const color = fontColor ? argb(fontColor) : undefined;
    const size = fontSize || this.font.size;
    const fontId = this.fonts.id(this.fontXml(bold, color, size));
    const fillId = fill ? this.fillId(argb(fill)) : 0;
    const borderId = border
      ? this.borders.id(
          `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`,
        )
      : 0;
    const numFmtId = numFmt ? this.numFmtId(numFmt) : 0;
    const aligned = wrap || hAlign || vAlign;
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xml += ' applyNumberFormat="1"';
    if (fontId) xml += ' applyFont="1"';
    if (fillId) xml += ' applyFill="1"';
    if (borderId) xml += ' applyBorder="1"';
    if (aligned) {
      xml += ' applyAlignment="1"><alignment';
      if (hAlign) xml += ` horizontal="${hAlign}"`;
      if (vAlign) xml += ` vertical="${vAlign}"`;
      if (wrap) xml += ' wrapText="1"';
      xml += '/></xf>';
    } else {
      xml += '/>';
    }
    return this.xfs.id(xml);
  }

  /** The dxfs id of a conditional format's fill and font colour. */
  dxf(fill: string | undefined, fontColor: string | undefined): number {
    const font = fontColor ? `<font><color rgb="${argb(fontColor)}"/></font>` : '';
    // A differential fill's colour is its bgColor for Excel and its fgColor for some readers: both say it.
    const rgb = fill ? argb(fill) : '';
    const fillXml = fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor rgb="${rgb}"/></patternFill></fill>`
      : '';
    return this.dxfs.id('<dxf>' + font + fillXml + '</dxf>');
  }

  private fillId(rgb: string): number {
    return this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`);
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_NUMFMTS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUMFMT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private fontXml(bold: boolean, rgb: string | undefined, size: number): string {
    const { name, family, charset } = this.font;
    return (
      '<font>' +
      (bold ? '<b/>' : '') +
      `<sz val="${size}"/>` +
      (rgb ? `<color rgb="${rgb}"/>` : '') +
      `<name val="${escapeXml(name)}"/>` +
      (family !== undefined ? `<family val="${family}"/>` : '') +
      (charset !== undefined ? `<charset val="${charset}"/>` : '') +
      '</font>'
    );
  }

  toXml(): string {
    const out: string[] = [XML_DECL, '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'];
    if (this.numFmts.size) {
      out.push(`<numFmts count="${this.numFmts.size}">`);
      this.numFmts.forEach((id, code) => out.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`));
      out.push('</numFmts>');
    }
    section(out, 'fonts', this.fonts.items);
    section(out, 'fills', this.fills.items);
    section(out, 'borders', this.borders.items);
    out.push('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>');
    section(out, 'cellXfs', this.xfs.items);
    out.push('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>');
    if (this.dxfs.items.length) section(out, 'dxfs', this.dxfs.items);
    else out.push('<dxfs count="0"/>');
    out.push('<tableStyles count="0"/></styleSheet>');
    return out.join('');
  }
}

function section(out: string[], tag: string, items: string[]): void {
  out.push(`<${tag} count="${items.length}">`, ...items, `</${tag}>`);
}
