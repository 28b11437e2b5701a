// A small styled-XLSX writer on fflate: fills, bold headers, borders, number formats, column widths,
// frozen header panes, autofilter, print setup, data validation, conditional formats, line charts,
// hidden sheets, defined names and an add-in's settings — what SheetJS's community build drops on write.
// See README.md for what it supports.
import { strToU8 } from 'fflate';
import { ByteWriter } from './bytes';
import { chartParts } from './drawing';
import { SharedStrings } from './shared-strings';
import { SheetPart, writeSheet } from './sheet';
import { StyleTable } from './styles';
import { OutSheet, WorkbookOptions } from './types';
export { MAX_ROWS as MAX_SHEET_ROWS } from './address';
import { webExtensionParts } from './web-extension';
import { appProps, contentTypes, coreProps, rootRels, workbookRels, workbookXml } from './workbook';
import { DeflatedPart, deflatePart, PartDeflater, zipParts } from './zip';

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

/** XML is handed to the deflater in pieces of this size. */
const PIECE = 1 << 20;

/** A part written by `write` into a ByteWriter, deflated as it is written. */
function streamedPart(path: string, write: (out: ByteWriter) => void): DeflatedPart {
  const part = new PartDeflater(path);
  write(new ByteWriter(PIECE, (bytes) => part.write(bytes)));
  return part.end();
}

/**
 * Writes the sheets as one .xlsx file. Each worksheet and the shared string table are deflated
 * as they are written; the styles and the workbook part follow from them.
 */
export function writeXlsx(sheets: OutSheet[], options: WorkbookOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('工作簿至少需要一个工作表');
  validateNames(sheets);
  const styles = new StyleTable(options.font);
  const strings = new SharedStrings();
  const charts = chartParts(sheets);
  const names: SheetPart[] = [];
  const sheetParts = sheets.map((sheet, i) =>
    streamedPart(`xl/worksheets/sheet${i + 1}.xml`, (out) => names.push(writeSheet(out, sheet, i, styles, strings, options))),
  );
  const created = options.created || new Date();
  const text = (path: string, xml: string): DeflatedPart => deflatePart(path, strToU8(xml));
  const ext = options.webExtension;
  const parts: DeflatedPart[] = [
    text('[Content_Types].xml', contentTypes(sheets.length, !!ext, charts.contentTypes)),
    text('_rels/.rels', rootRels(!!ext)),
    text('docProps/core.xml', coreProps(created, options)),
    text('docProps/app.xml', appProps(options)),
    text('xl/workbook.xml', workbookXml(sheets, names, options.names)),
    text('xl/_rels/workbook.xml.rels', workbookRels(sheets.length)),
    text('xl/styles.xml', styles.toXml()),
    streamedPart('xl/sharedStrings.xml', (out) => strings.write(out)),
    ...sheetParts,
  ];
  for (const chart of charts.parts) parts.push(text(chart.path, chart.xml));
  if (ext) {
    const extParts = webExtensionParts(ext);
    for (const path of Object.keys(extParts)) parts.push(text(path, extParts[path]));
  }
  return zipParts(parts, created);
}

function validateNames(sheets: OutSheet[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (typeof name !== 'string' || name.length === 0) throw new Error('工作表名称不能为空');
    if (name.length > 31) throw new Error(`工作表名称“${name}”超过 31 个字符`);
    if (/[[\]:*?/\\\u0000-\u001F]/.test(name)) throw new Error(`工作表名称“${name}”含有不允许的字符（[ ] : * ? / \\）`);
    // Readers decode _xHHHH_ in the sheet name but not in the defined names that refer to it.
    if (/_x[0-9A-Fa-f]{4}_/.test(name)) throw new Error(`工作表名称“${name}”不能含有 _xHHHH_ 形式的文字`);
    if (name[0] === "'" || name[name.length - 1] === "'") throw new Error(`工作表名称“${name}”不能以单引号开头或结尾`);
    const key = name.toUpperCase();
    if (key === 'HISTORY') throw new Error('工作表名称不能是 Excel 保留的“History”');
    if (seen.has(key)) throw new Error(`工作表名称“${name}”重复（不区分大小写）`);
    seen.add(key);
  }
}
