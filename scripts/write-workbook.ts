// The product's workbooks: the xlsx writer with the product's creator, Chinese default font and
// page-numbered footer, so the report and the template look and print alike.
import { PRODUCT_NAME } from './product';
import { OutSheet, WorkbookOptions, writeXlsx } from './xlsx-writer';

/** 宋体 11 pt, Chinese Excel's default; charset 134 (GB2312) keeps its name matched in every locale. */
export const PRODUCT_FONT = { name: '宋体', size: 11, family: 3, charset: 134 };

export const PRODUCT_WORKBOOK: WorkbookOptions = {
  creator: PRODUCT_NAME,
  application: PRODUCT_NAME,
  font: PRODUCT_FONT,
  footer: '&C第 &P 页，共 &N 页',
};

/** Writes the sheets as one .xlsx with the product's defaults; `options` add to or override them. */
export function writeWorkbook(sheets: OutSheet[], options: WorkbookOptions = {}): Uint8Array {
  return writeXlsx(sheets, { ...PRODUCT_WORKBOOK, ...options });
}
