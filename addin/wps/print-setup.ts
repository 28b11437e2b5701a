// The 逾期清单's print setup through the ET model: A4 landscape, every column on one page wide (as
// many pages tall as needed), the title and header rows repeated on each page.
import { EtWorksheet, XL_LANDSCAPE, XL_PAPER_A4 } from './et-types';

/**
 * Sets up printing for a sheet whose top `titleRows` rows repeat on every page. Excel's VBA model
 * refuses PageSetup on a PC without a printer (or without A4 paper), and WPS may too: the list is then
 * left without print setup rather than not written.
 */
export function setUpPrinting(sheet: EtWorksheet, titleRows: number): boolean {
  try {
    const page = sheet.PageSetup;
    page.PrintTitleRows = '$1:$' + titleRows;
    page.Orientation = XL_LANDSCAPE;
    page.PaperSize = XL_PAPER_A4;
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
    return true;
  } catch {
    return false;
  }
}
