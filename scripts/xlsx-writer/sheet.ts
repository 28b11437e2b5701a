// One worksheet part (xl/worksheets/sheetN.xml), elements in the schema's order.
import { columnLetter, GUID, MAX_COLS, MAX_ROWS } from './address';
import { ByteWriter } from './bytes';
import { DRAWING_REL_ID } from './drawing';
import { rowHeight } from './row-height';
import { conditionalFormatsXml, dataValidationsXml } from './rules';
import { writeRows } from './rows';
import { SharedStrings } from './shared-strings';
import { StyleTable } from './styles';
import { OutSheet, WorkbookOptions } from './types';
import { XML_DECL, escapeXml } from './xml';

const MAX_WIDTH = 255;
const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const NS_XR = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision';

/** What workbook.xml names of a sheet. */
export interface SheetPart {
  /** Absolute range for _xlnm._FilterDatabase, e.g. $A$3:$R$100. */
  filterRange?: string;
  /** Absolute rows for _xlnm.Print_Titles, e.g. $1:$3. */
  titleRows?: string;
}

interface Extent {
  /** Widest row. */
  width: number;
  /** Widest row from the table's first row (header, or row 0) down. */
  tableWidth: number;
}

function extent(sheet: OutSheet, tableStart: number): Extent {
  const e: Extent = { width: 0, tableWidth: 0 };
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const n = rows[r].length;
    if (n > e.width) e.width = n;
    if (r >= tableStart && n > e.tableWidth) e.tableWidth = n;
  }
  if (e.width > MAX_COLS) throw new Error(`工作表“${sheet.name}”有 ${e.width} 列，超过 Excel 上限 ${MAX_COLS} 列`);
  return e;
}

/** Writes the worksheet's XML to `out` (and ends it); returns what workbook.xml names of it. */
export function writeSheet(
  out: ByteWriter,
  sheet: OutSheet,
  index: number,
  styles: StyleTable,
  strings: SharedStrings,
  options: WorkbookOptions,
): SheetPart {
  const { rows, headerRow } = sheet;
  if (rows.length > MAX_ROWS) throw new Error(`工作表“${sheet.name}”有 ${rows.length} 行，超过 Excel 上限 ${MAX_ROWS} 行`);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 0 && headerRow < rows.length)) {
    throw new Error(`工作表“${sheet.name}”的表头行号 ${headerRow} 不在 0..${rows.length - 1} 之内`);
  }
  const tableStart = headerRow !== undefined ? headerRow : 0;
  const { width, tableWidth } = extent(sheet, tableStart);
  const lastRow = Math.max(rows.length, 1);

  out.text(XML_DECL);
  out.ascii(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  );
  if (sheet.uid !== undefined) {
    if (!GUID.test(sheet.uid)) throw new Error(`工作表“${sheet.name}”的标识“${sheet.uid}”应为 {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx} 形式`);
    out.ascii(` xmlns:mc="${NS_MC}" xmlns:xr="${NS_XR}" mc:Ignorable="xr" xr:uid="${sheet.uid}"`);
  }
  out.ascii('>');
  if (sheet.landscape) out.ascii('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.ascii(`<dimension ref="${width > 0 ? 'A1:' + columnLetter(width - 1) + lastRow : 'A1'}"/>`);
  out.ascii(`<sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ''} workbookViewId="0">`);
  if (headerRow !== undefined) {
    const top = 'A' + (headerRow + 2);
    out.ascii(
      `<pane ySplit="${headerRow + 1}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`,
    );
  }
  // Rows with no height of their own take this one; customHeight keeps readers from re-fitting them to their own fonts.
  const fixed = sheet.refitRows ? '' : ' customHeight="1"';
  out.ascii(`</sheetView></sheetViews><sheetFormatPr defaultRowHeight="${rowHeight(1, styles.defaultFontSize)}"${fixed}/>`);
  out.ascii(colsXml(sheet));
  out.ascii('<sheetData>');
  writeRows(out, sheet, styles, strings, width, tableWidth);
  out.ascii('</sheetData>');

  const names: { filterRange?: string; titleRows?: string } = {};
  if (headerRow !== undefined) {
    const lastCol = columnLetter(Math.max(tableWidth, 1) - 1);
    out.ascii(`<autoFilter ref="A${headerRow + 1}:${lastCol}${lastRow}"/>`);
    names.filterRange = `$A$${headerRow + 1}:$${lastCol}$${lastRow}`;
    names.titleRows = `$1:$${headerRow + 1}`;
  }
  out.text(conditionalFormatsXml(sheet, styles));
  out.text(dataValidationsXml(sheet));
  out.ascii('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.ascii(
    sheet.landscape
      ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
      : '<pageSetup paperSize="9" orientation="portrait"/>',
  );
  if (options.footer) out.text(`<headerFooter><oddFooter>${escapeXml(options.footer)}</oddFooter></headerFooter>`);
  if (sheet.charts && sheet.charts.length > 0) out.ascii(`<drawing r:id="${DRAWING_REL_ID}"/>`);
  out.ascii('</worksheet>');
  out.end();
  return names;
}

function colsXml(sheet: OutSheet): string {
  const widths = sheet.colWidths;
  if (!widths) return '';
  if (widths.length > MAX_COLS) throw new Error(`工作表“${sheet.name}”的列宽多于 ${MAX_COLS} 列`);
  let xml = '';
  for (let c = 0; c < widths.length; c++) {
    const w = widths[c];
    if (w === undefined || w === null) continue;
    if (!(typeof w === 'number' && isFinite(w) && w >= 0)) throw new Error(`工作表“${sheet.name}”第 ${c + 1} 列的列宽无效：${w}`);
    xml += `<col min="${c + 1}" max="${c + 1}" width="${Math.min(w, MAX_WIDTH)}" customWidth="1"/>`;
  }
  return xml ? '<cols>' + xml + '</cols>' : '';
}
