// A small styled-XLSX writer on fflate: fills, bold headers, borders, number formats, column widths,
// frozen header panes, autofilter, print setup, data validation, conditional formats, line charts,
// hidden sheets, defined names and an add-in's settings — what SheetJS's community build drops on write.
// See README.md for what it supports.
import { strToU8 } from 'fflate';
import { chartParts } from './drawing';
import { SharedStrings } from './shared-strings';
import { sheetXml } from './sheet';
import { StyleTable } from './styles';
import { OutSheet, WorkbookOptions } from './types';
export { MAX_ROWS as MAX_SHEET_ROWS } from './address';
import { webExtensionParts } from './web-extension';
import { appProps, contentTypes, coreProps, rootRels, workbookRels, workbookXml } from './workbook';
import { ZipPart, zipParts } from './zip';

export {
  AddinReference,
  CellRange,
  CellStyle,
  ChartSeries,
  ConditionalFormat,
  DataValidation,
  DefinedName,
  FontSpec,
  LineChart,
  OutCell,
  OutSheet,
  StyledCell,
  WebExtension,
  WorkbookOptions,
} from './types';

/** Writes the sheets as one .xlsx file. */
export function writeXlsx(sheets: OutSheet[], options: WorkbookOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('工作簿至少需要一个工作表');
  validateNames(sheets);
  const styles = new StyleTable(options.font);
  const strings = new SharedStrings();
  const charts = chartParts(sheets);
  const sheetParts = sheets.map((sheet, i) => sheetXml(sheet, i, styles, strings, options));
  const created = options.created || new Date();
  const text = (path: string, xml: string): ZipPart => ({ path, data: strToU8(xml) });
  const ext = options.webExtension;
  const files: ZipPart[] = [
    text('[Content_Types].xml', contentTypes(sheets.length, !!ext, charts.contentTypes)),
    text('_rels/.rels', rootRels(!!ext)),
    text('docProps/core.xml', coreProps(created, options)),
    text('docProps/app.xml', appProps(options)),
    text('xl/workbook.xml', workbookXml(sheets, sheetParts, options.names)),
    text('xl/_rels/workbook.xml.rels', workbookRels(sheets.length)),
    text('xl/styles.xml', styles.toXml()),
    text('xl/sharedStrings.xml', strings.toXml()),
  ];
  sheetParts.forEach((p, i) => files.push({ path: `xl/worksheets/sheet${i + 1}.xml`, data: p.xml }));
  files.push(...charts.parts);
  if (ext) {
    const parts = webExtensionParts(ext);
    for (const path of Object.keys(parts)) files.push(text(path, parts[path]));
  }
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
