// A line chart part (xl/charts/chartN.xml, DrawingML): categories and series read from cell
// ranges, with the values cached in the part as Excel writes them, so readers that do not
// recalculate (WPS, LibreOffice, previewers) draw it as Excel does. Elements follow the
// schema's order. Series colours are explicit because the workbook carries no theme to take
// automatic colours from.
import { columnLetter, sheetRef } from './address';
import { rgbHex } from './styles';
import { CellRange, LineChart, OutCell } from './types';
import { escapeXml, NS_REL, XML_DECL } from './xml';

/** Reads a cell of a sheet of the workbook being written (for the cached values). */
export type CellLookup = (sheet: string, row: number, col: number) => OutCell | undefined;

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

// Excel 2013's default chart palette.
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300'];

function rgb(color: string | undefined, index: number): string {
  return color === undefined ? PALETTE[index % PALETTE.length] : rgbHex(color);
}

function absolute(row: number, col: number): string {
  return '$' + columnLetter(col) + '$' + (row + 1);
}

function cellsOf(range: CellRange): { row: number; col: number }[] {
  if (range.firstRow !== range.lastRow && range.firstCol !== range.lastCol) {
    throw new Error('图表的数据区域须为一行或一列');
  }
  if (!(range.firstRow >= 0 && range.firstCol >= 0 && range.lastRow >= range.firstRow && range.lastCol >= range.firstCol)) {
    throw new Error('图表的数据区域无效');
  }
  const out: { row: number; col: number }[] = [];
  for (let r = range.firstRow; r <= range.lastRow; r++) {
    for (let c = range.firstCol; c <= range.lastCol; c++) out.push({ row: r, col: c });
  }
  return out;
}

function formula(range: CellRange, host: string): string {
  const sheet = sheetRef(range.sheet === undefined ? host : range.sheet);
  const from = absolute(range.firstRow, range.firstCol);
  const to = absolute(range.lastRow, range.lastCol);
  return escapeXml(sheet + (from === to ? from : from + ':' + to));
}

function valueOf(cell: OutCell | undefined): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  return typeof cell === 'object' ? cell.v : cell;
}

function strRef(range: CellRange, host: string, lookup: CellLookup): string {
  const sheet = range.sheet === undefined ? host : range.sheet;
  const cells = cellsOf(range);
  let pts = '';
  cells.forEach((c, i) => {
    const v = valueOf(lookup(sheet, c.row, c.col));
    if (v !== null && v !== '') pts += `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`;
  });
  return `<c:strRef><c:f>${formula(range, host)}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(range: CellRange, host: string, lookup: CellLookup, format: string): string {
  const sheet = range.sheet === undefined ? host : range.sheet;
  const cells = cellsOf(range);
  let pts = '';
  cells.forEach((c, i) => {
    const v = valueOf(lookup(sheet, c.row, c.col));
    if (typeof v === 'number' && isFinite(v)) pts += `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`;
  });
  return (
    `<c:numRef><c:f>${formula(range, host)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${cells.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${size}"${b}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`
  );
}

/** The chart part for `chart`, placed on sheet `host`; `id` makes its axis ids unique. */
export function lineChartXml(chart: LineChart, host: string, id: number, lookup: CellLookup): string {
  if (chart.series.length === 0) throw new Error(`图表“${chart.title}”没有数据系列`);
  const format = chart.valueFormat || 'General';
  const catAx = 100000 + id * 2;
  const valAx = catAx + 1;
  const out: string[] = [
    XML_DECL,
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}">`,
    '<c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart>',
    `<c:title>${richText(chart.title, 1400, true)}</c:title>`,
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>',
    '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>',
  ];
  chart.series.forEach((s, i) => {
    const color = rgb(s.color, i);
    const nameSheet = s.name.sheet === undefined ? host : s.name.sheet;
    const nameRange: CellRange = { sheet: nameSheet, firstRow: s.name.row, firstCol: s.name.col, lastRow: s.name.row, lastCol: s.name.col };
    out.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
      `<c:tx>${strRef(nameRange, host, lookup)}</c:tx>`,
      `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`,
      `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
        `<a:ln w="9525"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:marker>`,
      `<c:cat>${strRef(chart.categories, host, lookup)}</c:cat>`,
      `<c:val>${numRef(s.values, host, lookup, format)}</c:val>`,
      '<c:smooth val="0"/></c:ser>',
    );
  });
  const scaling =
    '<c:scaling><c:orientation val="minMax"/>' +
    (chart.valueMax !== undefined ? `<c:max val="${chart.valueMax}"/>` : '') +
    (chart.valueMin !== undefined ? `<c:min val="${chart.valueMin}"/>` : '') +
    '</c:scaling>';
  out.push(
    `<c:marker val="1"/><c:axId val="${catAx}"/><c:axId val="${valAx}"/></c:lineChart>`,
    `<c:catAx><c:axId val="${catAx}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>`,
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
    `<c:crossAx val="${valAx}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="${valAx}"/>${scaling}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>`,
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`,
    `<c:crossAx val="${catAx}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>',
  );
  return out.join('');
}
