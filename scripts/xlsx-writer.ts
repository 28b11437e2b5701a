// A small styled-XLSX writer on fflate: fills, bold headers, borders, number formats, column widths,
// frozen header panes, autofilter and print setup — what SheetJS's community build drops on write.
import { strToU8 } from 'fflate';
import { chartParts } from './xlsx/drawing';
import { SharedStrings } from './xlsx/shared-strings';
import { SheetPart, sheetXml } from './xlsx/sheet';
import { StyleTable } from './xlsx/styles';
import { OutSheet, WorkbookOptions } from './xlsx/types';
import { XML_DECL, escapeXml } from './xlsx/xml';
import { ZipPart, zipParts } from './xlsx/zip';

export { CellStyle, OutCell, OutSheet, StyledCell, WorkbookOptions } from './xlsx/types';
export { CellRange, ChartSeries, LineChart } from './xlsx/chart';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** Writes the sheets as one .xlsx file. */
export function writeXlsx(sheets: OutSheet[], options: WorkbookOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('工作簿至少需要一个工作表');
  validateNames(sheets);
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const sheetParts = sheets.map((sheet, i) => sheetXml(sheet, i, styles, strings));
  const charts = chartParts(sheets);
  const created = options.created || new Date();
  const text = (path: string, xml: string): ZipPart => ({ path, data: strToU8(xml) });
  const files: ZipPart[] = [
    text('[Content_Types].xml', contentTypes(sheets.length, charts.contentTypes)),
    text('_rels/.rels', rootRels()),
    text('docProps/core.xml', coreProps(created, options.title)),
    text('docProps/app.xml', appProps()),
    text('xl/workbook.xml', workbookXml(sheets, sheetParts)),
    text('xl/_rels/workbook.xml.rels', workbookRels(sheets.length)),
    text('xl/styles.xml', styles.toXml()),
    text('xl/sharedStrings.xml', strings.toXml()),
  ];
  sheetParts.forEach((p, i) => files.push({ path: `xl/worksheets/sheet${i + 1}.xml`, data: p.xml }));
  files.push(...charts.parts);
  return zipParts(files, created);
}

function validateNames(sheets: OutSheet[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (typeof name !== 'string' || name.length === 0) throw new Error('工作表名称不能为空');
    if (name.length > 31) throw new Error(`工作表名称“${name}”超过 31 个字符`);
    if (/[\[\]:*?\/\\\u0000-\u001F]/.test(name)) throw new Error(`工作表名称“${name}”含有不允许的字符（[ ] : * ? / \\）`);
    // Readers decode _xHHHH_ in the sheet name but not in the defined names that refer to it.
    if (/_x[0-9A-Fa-f]{4}_/.test(name)) throw new Error(`工作表名称“${name}”不能含有 _xHHHH_ 形式的文字`);
    if (name[0] === "'" || name[name.length - 1] === "'") throw new Error(`工作表名称“${name}”不能以单引号开头或结尾`);
    const key = name.toUpperCase();
    if (key === 'HISTORY') throw new Error('工作表名称不能是 Excel 保留的“History”');
    if (seen.has(key)) throw new Error(`工作表名称“${name}”重复（不区分大小写）`);
    seen.add(key);
  }
}

function contentTypes(sheetCount: number, extra: string[]): string {
  const out = [XML_DECL,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`];
  for (let i = 1; i <= sheetCount; i++) {
    out.push(`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`);
  }
  out.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`,
    ...extra,
    '</Types>');
  return out.join('');
}

function rootRels(): string {
  return XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>';
}

function coreProps(created: Date, title: string | undefined): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeXml(title)}</dc:title>` : '') +
    '<dc:creator>整改台账</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>';
}

function appProps(): string {
  return XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>整改台账</Application></Properties>';
}

/** A sheet name as a formula reference: always quoted, inner quotes doubled. */
function sheetRef(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'!";
}

function workbookXml(sheets: OutSheet[], parts: SheetPart[]): string {
  const out = [XML_DECL, `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>'];
  sheets.forEach((s, i) => out.push(`<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`));
  out.push('</sheets>');
  // Excel lists defined names sorted by name, then by sheet.
  const filters: string[] = [];
  const titles: string[] = [];
  parts.forEach((p, i) => {
    const ref = escapeXml(sheetRef(sheets[i].name));
    if (p.filterRange) filters.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${ref}${p.filterRange}</definedName>`);
    if (p.titleRows) titles.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${ref}${p.titleRows}</definedName>`);
  });
  if (filters.length || titles.length) out.push('<definedNames>', ...filters, ...titles, '</definedNames>');
  out.push('</workbook>');
  return out.join('');
}

function workbookRels(sheetCount: number): string {
  const out = [XML_DECL, `<Relationships xmlns="${NS_PKG_REL}">`];
  for (let i = 1; i <= sheetCount; i++) {
    out.push(`<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  }
  out.push(`<Relationship Id="rId${sheetCount + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${sheetCount + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    '</Relationships>');
  return out.join('');
}
