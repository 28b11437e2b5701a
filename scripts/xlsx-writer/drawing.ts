// The parts that put charts on worksheets: per sheet with charts, a drawing part anchoring each
// chart to cells, the relationships sheet → drawing → charts, and the content types.
import { CellLookup, lineChartXml } from './chart';
import { OutSheet } from './types';
import { escapeXml, NS_PKG_REL, NS_REL, XML_DECL } from './xml';

/** The relationship id a worksheet uses for its drawing (its only relationship). */
export const DRAWING_REL_ID = 'rId1';

const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const CT = 'application/vnd.openxmlformats-officedocument';

/** A part's path in the package and its XML. */
export interface TextPart {
  path: string;
  xml: string;
}

export interface ChartParts {
  parts: TextPart[];
  /** <Override …/> elements for [Content_Types].xml. */
  contentTypes: string[];
}

function lookupIn(sheets: OutSheet[]): CellLookup {
  const byName = new Map<string, OutSheet>();
  for (const s of sheets) byName.set(s.name, s);
  return (sheet, row, col) => {
    const s = byName.get(sheet);
    if (!s) throw new Error(`图表引用的工作表“${sheet}”不存在`);
    const r = s.rows[row];
    return r ? r[col] : undefined;
  };
}

function marker(tag: string, row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function drawingXml(sheet: OutSheet): string {
  const out = [XML_DECL, `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">`];
  (sheet.charts || []).forEach((chart, i) => {
    const a = chart.anchor;
    if (!(a.fromRow >= 0 && a.fromCol >= 0 && a.toRow > a.fromRow && a.toCol > a.fromCol)) {
      throw new Error(`图表“${chart.title}”的位置无效`);
    }
    out.push(
      '<xdr:twoCellAnchor editAs="oneCell">',
      marker('from', a.fromRow, a.fromCol),
      marker('to', a.toRow, a.toCol),
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_REL}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>`,
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    );
  });
  out.push('</xdr:wsDr>');
  return out.join('');
}

function rels(targets: { type: string; target: string }[]): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/${t.type}" Target="${t.target}"/>`).join('') +
    '</Relationships>'
  );
}

/** The drawing and chart parts of every sheet that has charts (sheet i is xl/worksheets/sheet{i+1}.xml). */
export function chartParts(sheets: OutSheet[]): ChartParts {
  const result: ChartParts = { parts: [], contentTypes: [] };
  const lookup = lookupIn(sheets);
  let drawings = 0;
  let charts = 0;
  sheets.forEach((sheet, i) => {
    if (!sheet.charts || sheet.charts.length === 0) return;
    const drawing = ++drawings;
    result.parts.push(
      { path: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, xml: rels([{ type: 'drawing', target: `../drawings/drawing${drawing}.xml` }]) },
      { path: `xl/drawings/drawing${drawing}.xml`, xml: drawingXml(sheet) },
    );
    result.contentTypes.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${CT}.drawing+xml"/>`);
    const targets: { type: string; target: string }[] = [];
    for (const chart of sheet.charts) {
      const n = ++charts;
      targets.push({ type: 'chart', target: `../charts/chart${n}.xml` });
      result.parts.push({ path: `xl/charts/chart${n}.xml`, xml: lineChartXml(chart, sheet.name, n, lookup) });
      result.contentTypes.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT}.drawingml.chart+xml"/>`);
    }
    result.parts.push({ path: `xl/drawings/_rels/drawing${drawing}.xml.rels`, xml: rels(targets) });
  });
  return result;
}
